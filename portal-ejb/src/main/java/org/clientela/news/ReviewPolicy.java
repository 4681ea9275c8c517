package org.clientela.news;

import java.util.Locale;

/**
 * Who may approve a translation in review (publish or schedule it). Review means a second pair of
 * eyes: once the news desk has a second person, the one who submitted a translation does not
 * approve it themself. A one-person desk would otherwise be stuck, so by default it may.
 *
 * <p>System property {@code clientela.news.four-eyes}, read at every step: {@code auto} (the
 * default: someone else approves once another person has worked the desk), {@code always}
 * (someone else approves, however small the desk) or {@code off} (anyone approves, the author
 * too).
 */
public enum ReviewPolicy {
    AUTO,
    ALWAYS,
    OFF;

    public static final String PROPERTY = "clientela.news.four-eyes";

    /** The policy in force; an unknown value is taken as the strictest rather than ignored. */
    public static ReviewPolicy configured() {
        String value = System.getProperty(PROPERTY, "auto").strip().toUpperCase(Locale.ROOT);
        for (ReviewPolicy policy : values()) {
            if (policy.name().equals(value)) {
                return policy;
            }
        }
        return ALWAYS;
    }

    /**
     * Whether {@code approver} may approve what {@code submitter} sent to review.
     *
     * @param anotherOnTheDesk whether anyone but the approver has worked the news desk
     */
    public boolean allows(String submitter, String approver, boolean anotherOnTheDesk) {
        if (submitter == null || !submitter.equals(approver)) {
            return true;
        }
        return switch (this) {
            case OFF -> true;
            case ALWAYS -> false;
            case AUTO -> !anotherOnTheDesk;
        };
    }
}
