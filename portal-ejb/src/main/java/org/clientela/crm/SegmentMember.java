package org.clientela.crm;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer in a segment, as the preview lists and the CSV exports them. */
public record SegmentMember(
        long id, String name, String email, String language, String stage, BigDecimal spend, Instant lastActivity)
        implements Serializable {

    static SegmentMember of(Object[] row) {
        String first = SqlValues.text(row[1]);
        String last = SqlValues.text(row[2]);
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return new SegmentMember(
                ((Number) row[0]).longValue(),
                name,
                SqlValues.text(row[3]),
                SqlValues.text(row[4]).toLowerCase(java.util.Locale.ROOT), // a tag, as criteria name languages
                SqlValues.text(row[5]),
                SqlValues.decimal(row[6]),
                SqlValues.instant(row[7]));
    }
}
