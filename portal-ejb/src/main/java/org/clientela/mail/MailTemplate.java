package org.clientela.mail;

/**
 * The mails Clientela sends. Each has a subject and a text in {@code templates_<lang>.properties}
 * under its key; arguments are {@link java.text.MessageFormat} placeholders.
 */
public enum MailTemplate {
    /** Sent once, when a customer first signs in. Arguments: display name. */
    WELCOME("welcome"),
    /**
     * An invitation to use someone's account. Arguments: inviter's name, account's name, the rights
     * (one per line), the accept link, the link's expiry (a date).
     */
    INVITATION("invitation"),
    /** Double opt-in of an anonymous news subscriber. Arguments: the confirm link, its expiry (a date). */
    NEWS_CONFIRMATION("newsConfirmation"),
    /**
     * A newly published article, for immediate subscribers. Arguments: title, summary, the
     * article's link, the unsubscribe link.
     */
    NEWS_ARTICLE("newsArticle"),
    /** A daily or weekly digest. Arguments: how many articles, the list (one per line), the unsubscribe link. */
    NEWS_DIGEST("newsDigest"),
    /**
     * The confirmation of an order. Arguments: order number, the lines (one per line), the total,
     * the delivery method, the shipping address (one line), the order's link.
     */
    ORDER_PLACED("orderPlaced"),
    /** An order is on its way. Arguments: order number, carrier, tracking number, tracking link, the order's link. */
    ORDER_SHIPPED("orderShipped"),
    /** An order was cancelled. Arguments: order number, the order's link. */
    ORDER_CANCELLED("orderCancelled"),
    /** A moderator hid the customer's review. Arguments: display name, product name, the moderator's reason. */
    REVIEW_HIDDEN("reviewHidden"),
    /**
     * Something happened that the customer chose to hear about (see the notification package).
     * Arguments: what happened (a {@code notice.<kind>} phrase), what it concerns, the page's link,
     * the notification settings' link.
     */
    NOTICE("notice"),
    /** Staff answered a service request. Arguments: case number, subject, the answer, the request's link. */
    REQUEST_ANSWERED("requestAnswered");

    private final String key;

    MailTemplate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
