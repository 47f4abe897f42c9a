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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civicvoice.participation.organisation.entity.Body;

import java.time.Instant;
import java.util.Objects;

/** An official's place in a government body: their position and what they may do there. */
@Entity
@Table(name = "idn_membership")
public class Membership {

    public static final int POSITION_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @NotBlank
    @Size(max = POSITION_LENGTH)
    @Column(name = "position", length = POSITION_LENGTH, nullable = false)
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_role", length = 20, nullable = false)
    private BodyRole role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Membership() {
    }

    public Membership(Account account, Body body, String position, BodyRole role, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.body = Objects.requireNonNull(body);
        this.position = Objects.requireNonNull(position);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(now);
    }

    public void change(String newPosition, BodyRole newRole) {
        this.position = Objects.requireNonNull(newPosition);
        this.role = Objects.requireNonNull(newRole);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Body getBody() {
        return body;
    }

    public String getPosition() {
        return position;
    }

    public BodyRole getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
