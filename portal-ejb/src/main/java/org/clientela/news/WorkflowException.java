package org.clientela.news;

import jakarta.ejb.ApplicationException;

/** A step the workflow does not allow from where the translation stands. */
@ApplicationException(rollback = true)
public class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }
}
