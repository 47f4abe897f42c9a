package org.civicvoice.participation.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A document attached to a consultation. The bytes lie in the files folder under {@link #storedKey()}; the row keeps
 * what the download needs: its name, the Content-Type detected from the content, its size and SHA-256.
 */
@Entity(name = "ConsultationDocument")
@Table(name = "con_document")
public class ConsultationDocument {

    public static final int NAME_LENGTH = 255;
    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(name = "stored_key", length = 32, nullable = false, updatable = false)
    private String storedKey;

    @Column(name = "download_name", length = NAME_LENGTH, nullable = false, updatable = false)
    private String downloadName;

    @Column(name = "title", length = TITLE_LENGTH, nullable = false, updatable = false)
    private String title;

    @Column(name = "content_type", length = 100, nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    private Long createdBy;

    protected ConsultationDocument() {
    }

    public ConsultationDocument(long consultationId, String storedKey, String downloadName, String title,
                                String contentType, long size, String sha256, long createdBy, Instant now) {
        this.consultationId = consultationId;
        this.storedKey = Objects.requireNonNull(storedKey);
        this.downloadName = Objects.requireNonNull(downloadName);
        this.title = Objects.requireNonNull(title);
        this.contentType = Objects.requireNonNull(contentType);
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public long consultationId() {
        return consultationId;
    }

    public String storedKey() {
        return storedKey;
    }

    public String downloadName() {
        return downloadName;
    }

    public String title() {
        return title;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    /** The size in kilobytes as pages show it, at least 1. */
    public long kilobytes() {
        return Math.max(1, (size + 1023) / 1024);
    }

    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long createdBy() {
        return createdBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsultationDocument document && storedKey.equals(document.storedKey);
    }

    @Override
    public int hashCode() {
        return storedKey.hashCode();
    }
}
