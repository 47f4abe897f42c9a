package org.civicvoice.participation.petition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A moderator's invalidation of signatures by pattern, with its reason and how many signatures it removed. */
@Entity
@Table(name = "pet_invalidation")
public class Invalidation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private Long petitionId;

    @Column(name = "ip", length = 45, updatable = false)
    private String ip;

    @Column(name = "email_domain", length = 254, updatable = false)
    private String emailDomain;

    @Column(name = "signed_from", updatable = false)
    private Instant signedFrom;

    @Column(name = "signed_until", updatable = false)
    private Instant signedUntil;

    @Column(name = "reason", length = InvalidationPattern.REASON_LENGTH, nullable = false, updatable = false)
    private String reason;

    @Column(name = "moderator_id", nullable = false, updatable = false)
    private Long moderatorId;

    @Column(name = "signatures", nullable = false)
    private int signatures;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Invalidation() {
    }

    public Invalidation(long petitionId, InvalidationPattern pattern, long moderatorId, Instant now) {
        this.petitionId = petitionId;
        this.ip = pattern.ip();
        this.emailDomain = pattern.domain();
        this.signedFrom = pattern.from();
        this.signedUntil = pattern.until();
        this.reason = pattern.reason();
        this.moderatorId = moderatorId;
        this.createdAt = now;
    }

    public void removed(int count) {
        this.signatures = count;
    }

    public Long getId() {
        return id;
    }

    public String getIp() {
        return ip;
    }

    public String getEmailDomain() {
        return emailDomain;
    }

    public Instant getSignedFrom() {
        return signedFrom;
    }

    public Instant getSignedUntil() {
        return signedUntil;
    }

    public String getReason() {
        return reason;
    }

    public int getSignatures() {
        return signatures;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Invalidation that && id != null && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
