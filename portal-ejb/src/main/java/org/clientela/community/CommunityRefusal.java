package org.clientela.community;

import jakarta.ejb.ApplicationException;

/**
 * A post or a step the community refuses, with the reason the page turns into a message in the
 * reader's language. Nothing of the refused change is kept.
 */
@ApplicationException(rollback = true)
public class CommunityRefusal extends RuntimeException {

    public enum Reason {
        TITLE_REQUIRED,
        TITLE_TOO_LONG,
        BODY_REQUIRED,
        BODY_TOO_LONG,
        TOO_MANY_TAGS,
        TAG_INVALID,
        UNKNOWN_PRODUCT,
        UNKNOWN_CATEGORY,
        QUESTION_NOT_FOUND,
        ANSWER_NOT_FOUND,
        CASE_NOT_FOUND,
        NOT_YOURS,
        OWN_ANSWER_VOTE,
        ALREADY_ESCALATED,
        CASE_NOT_SOLVED,
        CASE_SOLVED,
        CATEGORY_REQUIRED,
        SUBJECT_REQUIRED,
        SUBJECT_TOO_LONG,
        DESCRIPTION_REQUIRED,
        DESCRIPTION_TOO_LONG,
        UNKNOWN_ORDER,
        TOO_MANY_ATTACHMENTS,
        ATTACHMENT_TYPE,
        ATTACHMENT_TOO_LARGE,
        ATTACHMENT_REFUSED,
        REOPEN_TOO_LATE,
        NOT_ANSWERED,
        RATING_OUT_OF_RANGE,
        MERGE_SELF,
        MERGE_OTHER_CUSTOMER,
        MERGED,
        NOT_KNOWLEDGE,
        ALREADY_PUBLIC,
        ASSIGNEE_REQUIRED,
        ASSIGNEE_UNKNOWN
    }

    private final Reason reason;

    public CommunityRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
