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
    NEWS_SUBSCRIBED,
    NEWS_SUBSCRIPTION_CHANGED,
    NEWS_UNSUBSCRIBED,
    MAIL_SENT,
    MAIL_FAILED,
    /** One per order status, named ORDER_ and the status: the CRM counts purchases by them. */
    ORDER_PLACED,
    ORDER_CONFIRMED,
    ORDER_PAID,
    ORDER_SHIPPED,
    ORDER_DELIVERED,
    ORDER_CANCELLED,
    ORDER_RETURN_REQUESTED,
    ORDER_RETURNED
}
