package org.clientela.crm;

/** The kinds of event the CRM timeline knows; capabilities add theirs here. */
public enum InteractionType {
    REGISTERED,
    MAIL_SENT,
    MAIL_FAILED
}
