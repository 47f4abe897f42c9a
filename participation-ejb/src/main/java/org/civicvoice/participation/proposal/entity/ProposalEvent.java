package org.civicvoice.participation.proposal.entity;

import jakarta.persistence.Column;
import org.civicvoice.participation.shared.KeyedText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One step on a proposal's timeline, stored as a bundle key and its arguments (never a sentence), so that each
 * reader sees it in their language. Arguments that are themselves bundle keys (starting with {@code proposal.})
 * are translated too when shown.
 */
@Entity
@Table(name = "prp_event")
public class ProposalEvent {

    public static final int ARGUMENTS_LENGTH = KeyedText.ARGUMENTS_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "message_key", length = 80, nullable = false, updatable = false)
    private String key;

    @Column(name = "arguments", length = ARGUMENTS_LENGTH, updatable = false)
    private String arguments;

    @Column(name = "public_step", nullable = false, updatable = false)
    private boolean publicStep;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The routing step this entry records, so that a step is recorded once. */
    @Column(name = "case_step_id", updatable = false)
    private Long caseStep;

    protected ProposalEvent() {
    }

    public ProposalEvent(long proposalId, String key, boolean publicStep, Instant occurredAt, Object... arguments) {
        if (key == null || !key.startsWith("proposal.timeline.")) {
            throw new IllegalArgumentException("a timeline key starts with proposal.timeline.");
        }
        this.proposalId = proposalId;
        this.key = key;
        this.publicStep = publicStep;
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.arguments = KeyedText.of(key, arguments == null ? new Object[0] : arguments).storedArguments();
    }

    /** A step of the proposal's answer, from routing's step {@code caseStep}. */
    public static ProposalEvent ofCaseStep(long proposalId, String key, Instant occurredAt, long caseStep,
                                           Object... arguments) {
        ProposalEvent event = new ProposalEvent(proposalId, key, true, occurredAt, arguments);
        event.caseStep = caseStep;
        return event;
    }

    public TimelineEntry entry() {
        return new TimelineEntry(KeyedText.stored(key, arguments), occurredAt);
    }

    public Long getId() {
        return id;
    }

    public long getProposalId() {
        return proposalId;
    }

    public String getKey() {
        return key;
    }

    public boolean isPublicStep() {
        return publicStep;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProposalEvent that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
