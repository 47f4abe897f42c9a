package org.civicvoice.participation.identity.entity;

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
import jakarta.persistence.Table;
import org.civicvoice.participation.organisation.entity.Body;

import java.time.Instant;
import java.util.Objects;

/**
 * A single-use link sent by e-mail: only the SHA-256 of the secret is stored. For an invitation, the body,
 * position and role it grants (no body means an invitation to administer the platform).
 */
@Entity
@Table(name = "idn_token")
public class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 20, nullable = false, updatable = false)
    private TokenPurpose purpose;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH, updatable = false)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", updatable = false)
    private Body body;

    @Column(name = "position", length = Membership.POSITION_LENGTH, updatable = false)
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_role", length = 20, updatable = false)
    private BodyRole bodyRole;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    private AccountToken(String tokenHash, TokenPurpose purpose, Account account, String email, Instant now) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.purpose = Objects.requireNonNull(purpose);
        this.account = account;
        this.email = email;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    public static AccountToken forAccount(String tokenHash, TokenPurpose purpose, Account account, Instant now) {
        return new AccountToken(tokenHash, purpose, account, account.getEmail(), now);
    }

    public static AccountToken forEmailChange(String tokenHash, Account account, EmailAddress newEmail, Instant now) {
        return new AccountToken(tokenHash, TokenPurpose.CHANGE_EMAIL, account, newEmail.value(), now);
    }

    public static AccountToken invitation(String tokenHash, EmailAddress invitee, Body body, String position,
                                          BodyRole role, Instant now) {
        AccountToken token = new AccountToken(tokenHash, TokenPurpose.INVITATION, null, invitee.value(), now);
        token.body = body;
        token.position = position;
        token.bodyRole = role;
        return token;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Account getAccount() {
        return account;
    }

    public String getEmail() {
        return email;
    }

    public Body getBody() {
        return body;
    }

    public String getPosition() {
        return position;
    }

    public BodyRole getBodyRole() {
        return bodyRole;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
