package org.clientela.crm;

/** The kinds of event the CRM timeline knows; capabilities add theirs here. */
public enum InteractionType {
    REGISTERED,
    PROFILE_UPDATED,
    CONSENT_GIVEN,
    CONSENT_WITHDRAWN,
    ADDRESS_ADDED,
    ADDRESS_CHANGED,
    ADDRESS_REMOVED,
    GRANT_INVITED,
    GRANT_ACCEPTED,
    GRANT_CHANGED,
    GRANT_REVOKED,
    GRANT_LEFT,
    COMPANY_CREATED,
    ACCOUNT_CLOSED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    MAIL_SENT,
    MAIL_FAILED
}
