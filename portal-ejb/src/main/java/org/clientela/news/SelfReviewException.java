package org.clientela.news;

import jakarta.ejb.ApplicationException;

/** The author of a translation tried to approve it while someone else must ({@link ReviewPolicy}). */
@ApplicationException(rollback = true)
public class SelfReviewException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public SelfReviewException(String message) {
        super(message);
    }
}
