package org.civicvoice.participation.routing.entity;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A commitment an answer makes: an action, the body that owns it, by when; followed up until done or dropped. The
 * owner body is reminded before the due date, and an open commitment past it is marked overdue, in public.
 */
@Entity
@Table(name = "rte_commitment")
public class Commitment {

    public static final int ACTION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private Case routedCase;

    @Column(name = "action", length = ACTION_LENGTH, nullable = false, updatable = false)
    private String action;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_body_id", nullable = false, updatable = false)
    private Body owner;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private CommitmentState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    /** When the owner body was reminded of the due date; set once by the case schedule. */
    @Column(name = "reminded_at", insertable = false, updatable = false)
    private Instant remindedAt;

    /** When the commitment was found past its due date without being settled; set once by the case schedule. */
    @Column(name = "overdue_at", insertable = false, updatable = false)
    private Instant overdueAt;

    protected Commitment() {
    }

    public Commitment(Case routedCase, String action, Body owner, LocalDate dueOn, Instant now) {
        if (action == null || action.isBlank() || action.strip().length() > ACTION_LENGTH) {
            throw new InvalidCaseInput("commitment.action");
        }
        if (dueOn == null) {
            throw new InvalidCaseInput("commitment.due");
        }
        this.routedCase = Objects.requireNonNull(routedCase);
        this.action = action.strip();
        this.owner = Objects.requireNonNull(owner);
        this.dueOn = dueOn;
        this.state = CommitmentState.OPEN;
        this.createdAt = now;
    }

    public void settle(CommitmentState outcome, Instant now) {
        if (state != CommitmentState.OPEN || outcome == CommitmentState.OPEN) {
            throw new WrongCaseState(state.name());
        }
        this.state = outcome;
        this.doneAt = now;
    }

    public Long getId() {
        return id;
    }

    public Case getCase() {
        return routedCase;
    }

    public String getAction() {
        return action;
    }

    public Body getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public CommitmentState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    /** Still open after its due date (marked so by the case schedule); settling it late ends that. */
    public boolean isOverdue() {
        return state == CommitmentState.OPEN && overdueAt != null;
    }
}
