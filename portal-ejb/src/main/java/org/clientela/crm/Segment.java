package org.clientela.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.clientela.crm.SegmentRefusal.Reason;

/** A saved segment: a unique name and valid criteria, kept as JSON. */
@Entity
@Table(name = "segment")
public class Segment {

    static final int NAME_LENGTH = 120;
    static final int CRITERIA_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "segment_seq")
    @SequenceGenerator(name = "segment_seq", sequenceName = "segment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "criteria", nullable = false, length = CRITERIA_LENGTH)
    private String criteria;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Segment() {}

    public Segment(String name, SegmentCriteria criteria, String createdBy, Instant now) {
        this.name = checkedName(name);
        this.criteria = checkedJson(criteria);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        this.name = checkedName(newName);
        this.updatedAt = now;
    }

    public void redefine(SegmentCriteria newCriteria, Instant now) {
        this.criteria = checkedJson(newCriteria);
        this.updatedAt = now;
    }

    static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new SegmentRefusal(Reason.NAME_REQUIRED);
        }
        String stripped = name.strip();
        if (stripped.length() > NAME_LENGTH) {
            throw new SegmentRefusal(Reason.NAME_TOO_LONG);
        }
        return stripped;
    }

    private static String checkedJson(SegmentCriteria criteria) {
        String json = criteria.validate().toJson();
        if (json.length() > CRITERIA_LENGTH) {
            throw new SegmentRefusal(Reason.CRITERIA_TOO_LONG);
        }
        return json;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SegmentCriteria criteria() {
        return SegmentCriteria.fromJson(criteria);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
