package org.clientela.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clientela.community.ReportRefusal.Reason;
import org.clientela.platform.Customer;

/** A reader's report that a post breaks the rules: once per reader and post, until a moderator resolves it. */
@Entity
@Table(name = "content_report")
public class ContentReport {

    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_report_seq")
    @SequenceGenerator(name = "content_report_seq", sequenceName = "content_report_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private PostKind kind;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id", nullable = false, updatable = false)
    private Customer reporter;

    @Column(name = "reason", nullable = false, length = REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 200)
    private String resolvedBy;

    protected ContentReport() {}

    public ContentReport(PostKind kind, long targetId, Customer reporter, String reason, Instant now) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.targetId = targetId;
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.reason = checkedReason(reason);
        this.createdAt = now;
    }

    /** The reason as it will be kept, or the refusal. */
    public static String checkedReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ReportRefusal(Reason.REASON_MISSING);
        }
        if (why.length() > REASON_LENGTH) {
            throw new ReportRefusal(Reason.REASON_TOO_LONG);
        }
        return why;
    }

    /** @return whether it was open until now */
    public boolean resolve(String by, Instant now) {
        if (resolvedAt != null) {
            return false;
        }
        this.resolvedAt = now;
        this.resolvedBy = by;
        return true;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public PostKind getKind() {
        return kind;
    }

    public long getTargetId() {
        return targetId;
    }

    public Customer getReporter() {
        return reporter;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }
}
