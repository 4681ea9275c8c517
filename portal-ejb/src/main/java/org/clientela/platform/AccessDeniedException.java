package org.clientela.platform;

import jakarta.ejb.ApplicationException;

/**
 * The person asking has no right to this on this account. The web layer answers 403; nothing the
 * call had begun is kept.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
