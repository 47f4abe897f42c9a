package org.civicvoice.participation.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One citizen's support of one proposal. The unique key (proposal, account) makes it one row per citizen;
 * withdrawing and supporting again change its state with conditional updates, each with its tally delta.
 */
@Entity
@Table(name = "prp_support")
public class ProposalSupport {

    public static final String ACTIVE = "ACTIVE";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "state", length = 12, nullable = false)
    private String state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "counted_at")
    private Instant countedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ProposalSupport() {
    }

    public ProposalSupport(long proposalId, long accountId, Instant now) {
        this.proposalId = proposalId;
        this.accountId = accountId;
        this.state = ACTIVE;
        this.createdAt = Objects.requireNonNull(now);
        this.countedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isActive() {
        return ACTIVE.equals(state);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProposalSupport that && Objects.equals(proposalId, that.proposalId)
                && Objects.equals(accountId, that.accountId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(proposalId, accountId);
    }
}
