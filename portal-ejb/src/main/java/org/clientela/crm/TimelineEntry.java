package org.clientela.crm;

import java.time.Instant;
import org.clientela.platform.Channel;

/** One line of the 360's timeline. */
public record TimelineEntry(
        long id, Instant occurredAt, InteractionType type, Channel channel, String actorName, String summary) {}
