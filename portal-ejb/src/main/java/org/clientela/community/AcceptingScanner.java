package org.clientela.community;

import jakarta.enterprise.context.ApplicationScoped;

/** The scanner when none is installed: every file that passed the type and size checks is kept. */
@ApplicationScoped
public class AcceptingScanner implements AttachmentScanner {

    @Override
    public boolean accepts(String fileName, byte[] content) {
        return true;
    }
}
