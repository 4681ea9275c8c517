package org.clientela.crm;

import java.time.Instant;

/**
 * Where an older page starts: strictly after (occurred_at, id) in newest-first order. Written as
 * {@code epochSecond.nano.id} so that it fits a GET parameter.
 */
public record TimelineCursor(Instant occurredAt, long id) {

    public static TimelineCursor parse(String text) {
        try {
            String[] parts = text.strip().split("\\.");
            if (parts.length != 3) {
                throw new CrmRefusal(CrmRefusal.Reason.BAD_CURSOR);
            }
            return new TimelineCursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    Long.parseLong(parts[2]));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new CrmRefusal(CrmRefusal.Reason.BAD_CURSOR);
        }
    }

    public String format() {
        return occurredAt.getEpochSecond() + "." + occurredAt.getNano() + "." + id;
    }
}
