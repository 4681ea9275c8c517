package org.clientela.community;

import java.util.Locale;

/**
 * The bundle keys for what the community services refuse, in one place: the pages, the report
 * servlet and their tests agree on them.
 */
public final class CommunityMessages {

    private CommunityMessages() {}

    public static String key(ReviewRefusal.Reason reason) {
        return "review.error." + camel(reason.name());
    }

    /** Also the {@code report} parameter the report servlet sends back to the page. */
    public static String outcome(ReportRefusal.Reason reason) {
        return camel(reason.name());
    }

    /** The text of a report outcome ({@code sent}, or a refusal's name as {@link #outcome} gives it). */
    public static String reportKey(String outcome) {
        return "moderation.report." + outcome;
    }

    /** Arguments: the limit per hour. */
    public static String limitKey(PostKind kind) {
        return "review.limit." + kind.name().toLowerCase(Locale.ROOT);
    }

    /** RATING_OUT_OF_RANGE → ratingOutOfRange. */
    static String camel(String constant) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
