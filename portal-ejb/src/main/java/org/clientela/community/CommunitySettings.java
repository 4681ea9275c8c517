package org.clientela.community;

import java.time.Duration;

/** The community's settings, from system properties so that an operator tunes them per server. */
public final class CommunitySettings {

    private CommunitySettings() {}

    /** How long a question may wait for its first answer: {@code clientela.community.sla-hours}, 24 by default. */
    public static Duration sla() {
        return Duration.ofHours(Long.getLong("clientela.community.sla-hours", 24));
    }
}
