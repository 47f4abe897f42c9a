package org.civicvoice.participation.petition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's signature on one petition. Rows are never deleted while the petition lives: withdrawal and
 * invalidation change the status, and every change of what counts writes a tally delta in the same transaction.
 * Personal fields (name, e-mail, IP) are erased some months after the petition closed.
 */
@Entity
@Table(name = "pet_signature")
public class Signature {

    public static final int NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private Long petitionId;

    @Column(name = "signer_key", length = SignerKey.LENGTH, nullable = false)
    private String signerKey;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "name", length = NAME_LENGTH)
    private String name;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "email_domain", length = 254)
    private String emailDomain;

    @Column(name = "region_code", length = 32, nullable = false)
    private String regionCode;

    @Column(name = "language", length = 8, nullable = false)
    private String language;

    @Column(name = "ip", length = 45)
    private String ip;

    @Column(name = "public_name", nullable = false)
    private boolean publicName;

    @Column(name = "notify", nullable = false)
    private boolean notify;

    @Column(name = "sponsor", nullable = false)
    private boolean sponsor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private SignatureStatus status;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "withdrawal_hash", length = 64)
    private String withdrawalHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "counted_at")
    private Instant countedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Signature() {
    }

    /** A signature as given: VALID at once for a signed-in person, PENDING until confirmed for anyone else. */
    public Signature(Long petitionId, SignerKey key, Long accountId, SignerDetails signer, String language, String ip,
                     boolean sponsor, SignatureStatus status, String tokenHash, Instant now) {
        this.petitionId = Objects.requireNonNull(petitionId);
        this.signerKey = key.value();
        this.accountId = accountId;
        this.name = signer.name();
        this.email = signer.email();
        this.emailDomain = signer.email() == null ? null : SignerKey.domainOf(signer.email());
        this.regionCode = signer.regionCode() == null ? "" : signer.regionCode();
        this.language = language;
        this.ip = ip;
        this.publicName = signer.publicName();
        this.notify = signer.wantsNews();
        this.sponsor = sponsor;
        this.status = Objects.requireNonNull(status);
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.countedAt = status == SignatureStatus.VALID ? now : null;
    }

    /**
     * A signer without account can withdraw through a private link; the signature keeps the hash of its secret.
     * Set before the signature is stored.
     */
    public Signature withWithdrawalHash(String hash) {
        this.withdrawalHash = hash;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getPetitionId() {
        return petitionId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isPublicName() {
        return publicName;
    }

    public boolean isNotify() {
        return notify;
    }

    public boolean isSponsor() {
        return sponsor;
    }

    public SignatureStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCountedAt() {
        return countedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature that && Objects.equals(petitionId, that.petitionId)
                && Objects.equals(signerKey, that.signerKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(petitionId, signerKey);
    }
}
