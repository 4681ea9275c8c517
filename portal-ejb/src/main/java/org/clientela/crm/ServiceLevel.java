package org.clientela.crm;

import java.time.Duration;

/**
 * The service levels staff are held to, from system properties so that an operator tunes them per
 * server. The community's queue shows them, follow-up tasks and the dashboard count against them.
 */
public final class ServiceLevel {

    private ServiceLevel() {}

    /** How long a question may wait for its first answer: {@code clientela.community.sla-hours}, 24 by default. */
    public static Duration questionSla() {
        return Duration.ofHours(Long.getLong("clientela.community.sla-hours", 24));
    }
}
