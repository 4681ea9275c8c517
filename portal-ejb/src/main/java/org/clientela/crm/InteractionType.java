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
    ORDER_RETURNED,
    QUESTION_ASKED,
    ANSWER_POSTED,
    /** On the record of the answer's author: their answer helped someone. */
    ANSWER_ACCEPTED,
    CASE_OPENED,
    CASE_UPDATED,
    CASE_SOLVED,
    CASE_REOPENED,
    REVIEW_POSTED,
    REVIEW_CHANGED,
    REVIEW_HIDDEN,
    CONTENT_REPORTED,
    TASK_OPENED,
    TASK_DONE,
    STAGE_CHANGED,
    /** The work journal: what staff logged of their own contact with the customer. */
    CALL_LOGGED,
    MEETING_LOGGED,
    EMAIL_LOGGED,
    NOTE_LOGGED,
    TASK_ASSIGNED,
    /** A company's contact persons and relationship, kept by staff. */
    CONTACT_ADDED,
    CONTACT_CHANGED,
    CONTACT_REMOVED,
    /** A contact person registered: the company's contact is now this portal customer. */
    CONTACT_LINKED,
    RELATIONSHIP_CHANGED,
    /** Private service requests: staff's steps on a case besides opening, updating and solving it. */
    CASE_ASSIGNED,
    CASE_ANSWERED,
    /** An internal note: staff's record, never shown to the customer. */
    CASE_NOTED,
    CASE_MERGED,
    /** The customer rated the answer; satisfaction counts it like a review's stars. */
    CASE_RATED,
    /** A private request became a public community question. */
    CASE_PUBLISHED,
    /** Receivables: an order paid on invoice owes its invoice; money came in against one. */
    INVOICE_ISSUED,
    PAYMENT_RECEIVED,
    /** Sales agreed payment terms with the account, or took it back to the default. */
    PAYMENT_TERMS_AGREED
}
