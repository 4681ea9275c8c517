package org.clientela.mail;

import java.util.Objects;

/** A mail in its final words, ready to be queued. */
public record RenderedMail(String subject, String text, String html) {

    public RenderedMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
