package org.clientela.community;

import java.time.Instant;

/** A report waiting for a moderator, with who made it and why. */
public record OpenReport(long id, PostKind kind, long targetId, String reporterName, String reason, Instant createdAt) {

    static OpenReport of(ContentReport report) {
        return new OpenReport(
                report.getId(),
                report.getKind(),
                report.getTargetId(),
                report.getReporter().displayName(),
                report.getReason(),
                report.getCreatedAt());
    }
}
