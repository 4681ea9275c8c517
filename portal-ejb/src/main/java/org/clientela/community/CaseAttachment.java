package org.clientela.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file the customer sent with a request, kept in the database: requests are few and files
 * small, and a backup of the database then holds everything. Lists read {@link Info} without
 * the bytes.
 */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_attachment_seq")
    @SequenceGenerator(name = "case_attachment_seq", sequenceName = "case_attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40, updatable = false)
    private String contentType;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private int byteSize;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** An attachment in a list: what to show and link, never the bytes. */
    public record Info(long id, String fileName, String contentType, int byteSize) {}

    protected CaseAttachment() {}

    CaseAttachment(SupportCase supportCase, String fileName, AttachmentType type, byte[] content, Instant now) {
        this.supportCase = supportCase;
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.byteSize = content.length;
        this.content = content;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
