package org.civicvoice.participation.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One of a closed call's top proposals, forwarded once, with its rank and its supports at closing. */
@Entity
@Table(name = "prp_forward")
public class ProposalForward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false, updatable = false)
    private Long callId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "rank_no", nullable = false, updatable = false)
    private int rank;

    @Column(name = "supports", nullable = false, updatable = false)
    private int supports;

    @Column(name = "forwarded_at", nullable = false, updatable = false)
    private Instant forwardedAt;

    protected ProposalForward() {
    }

    public Long getCallId() {
        return callId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public int getRank() {
        return rank;
    }

    public int getSupports() {
        return supports;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProposalForward that && Objects.equals(callId, that.callId)
                && Objects.equals(proposalId, that.proposalId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, proposalId);
    }
}
