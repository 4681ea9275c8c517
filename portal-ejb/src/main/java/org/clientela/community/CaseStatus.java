package org.clientela.community;

/** Open: staff work on it; pending: waiting for the customer; solved: done, unless reopened. */
public enum CaseStatus {
    OPEN,
    PENDING,
    SOLVED
}
