package org.civicvoice.participation.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.civicvoice.participation.lawtext.entity.LawStyle;

import java.time.Instant;
import java.util.Objects;

/** A version of a consultation's text as imported, its source kept as written; public once published. */
@Entity
@Table(name = "con_version")
public class ConsultationVersion {

    public static final int SOURCE_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "style", length = 12, nullable = false, updatable = false)
    private LawStyle style;

    @Column(name = "source", nullable = false, updatable = false)
    private String source;

    @Column(name = "preamble", nullable = false, updatable = false)
    private String preamble;

    @Column(name = "imported_by_id", nullable = false, updatable = false)
    private Long importedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ConsultationVersion() {
    }

    public ConsultationVersion(long consultationId, int number, LawStyle style, String source, String preamble,
                               long importedBy, Instant now) {
        this.consultationId = consultationId;
        this.number = number;
        this.style = Objects.requireNonNull(style);
        this.source = Objects.requireNonNull(source);
        this.preamble = preamble == null ? "" : preamble;
        this.importedBy = importedBy;
        this.createdAt = Objects.requireNonNull(now);
    }

    public void publish(Instant now) {
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public int getNumber() {
        return number;
    }

    public LawStyle getStyle() {
        return style;
    }

    public String getSource() {
        return source;
    }

    public String getPreamble() {
        return preamble;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsultationVersion that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
