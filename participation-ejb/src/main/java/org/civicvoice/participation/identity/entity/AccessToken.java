package org.civicvoice.participation.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal API access token: a program acts for its owner with {@code Authorization: Bearer <secret>}. Only
 * the SHA-256 of the secret is stored; the secret is shown once, when the token is issued.
 */
@Entity
@Table(name = "idn_access_token")
public class AccessToken {

    public static final int LABEL_LENGTH = 100;
    public static final Duration MAX_VALIDITY = Duration.ofDays(365);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @NotNull
    @Size(min = 1, max = LABEL_LENGTH)
    @Column(name = "label", length = LABEL_LENGTH, nullable = false, updatable = false)
    private String label;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected AccessToken() {
    }

    /** A token of the account, valid for between a minute and {@link #MAX_VALIDITY}. */
    public AccessToken(String tokenHash, Account account, String label, Duration validity, Instant now) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.account = Objects.requireNonNull(account);
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty() || trimmed.length() > LABEL_LENGTH) {
            throw new InvalidInput("label");
        }
        if (validity == null || validity.compareTo(Duration.ofMinutes(1)) < 0 || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new InvalidInput("days");
        }
        this.label = trimmed;
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(validity);
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessToken token && Objects.equals(tokenHash, token.tokenHash);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(tokenHash);
    }
}
