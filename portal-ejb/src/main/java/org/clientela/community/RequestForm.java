package org.clientela.community;

import java.util.List;

/**
 * What the request form sends; {@link ServiceRequests#open} checks it.
 *
 * @param orderId the order it is about (one of the account's), or null
 * @param productSku the product it is about, or null
 * @param attachments at most a few small images or PDFs
 */
public record RequestForm(
        RequestCategory category,
        String subject,
        String description,
        Long orderId,
        String productSku,
        List<Upload> attachments) {

    public RequestForm {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        subject = subject == null ? null : subject.strip();
        description = description == null ? null : description.strip();
        productSku = productSku == null || productSku.isBlank() ? null : productSku.strip();
    }

    /** A file as the browser sent it: its name, the type it claims, and its bytes. */
    public record Upload(String fileName, String contentType, byte[] content) {}
}
