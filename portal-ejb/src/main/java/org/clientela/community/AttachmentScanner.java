package org.clientela.community;

/**
 * The virus-scan hook for request attachments: an operator with a scanner provides a CDI
 * alternative (e.g. one that asks clamd) and enables it in beans.xml. The default accepts
 * everything ({@link AcceptingScanner}); type and size are checked before, whatever it says.
 */
public interface AttachmentScanner {

    /** @return true when the file may be kept */
    boolean accepts(String fileName, byte[] content);
}
