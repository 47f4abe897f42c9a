package org.civicvoice.participation.petition.entity;

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

import org.civicvoice.participation.shared.KeyedText;

import java.time.Instant;
import java.util.Objects;

/** One step on a petition's timeline: what happened, when, with an optional detail and figure. */
@Entity
@Table(name = "pet_event")
public class PetitionEvent {

    public static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "petition_id", nullable = false, updatable = false)
    private Petition petition;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private EventKind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "detail", length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Column(name = "detail_key", length = KeyedText.KEY_LENGTH, updatable = false)
    private String detailKey;

    @Column(name = "detail_args", length = KeyedText.ARGUMENTS_LENGTH, updatable = false)
    private String detailArguments;

    @Column(name = "figure", updatable = false)
    private Integer figure;

    /** The routing step this entry records, so that a step is recorded once. */
    @Column(name = "case_step_id", updatable = false)
    private Long caseStep;

    protected PetitionEvent() {
    }

    public PetitionEvent(Petition petition, EventKind kind, Instant occurredAt, String detail, Integer figure) {
        this.petition = Objects.requireNonNull(petition);
        this.kind = Objects.requireNonNull(kind);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
        this.figure = figure;
    }

    /** A step of the petition's answer, from routing: what the platform says of it, and what a person wrote. */
    public PetitionEvent(Petition petition, EventKind kind, Instant occurredAt, KeyedText explanation, String detail,
                         long caseStep) {
        this(petition, kind, occurredAt, detail, null);
        this.detailKey = explanation == null ? null : explanation.key();
        this.detailArguments = explanation == null ? null : explanation.storedArguments();
        this.caseStep = caseStep;
    }

    public Long getId() {
        return id;
    }

    public EventKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }

    /** What the platform says of the step, in the reader's language when shown; null for most steps. */
    public KeyedText getExplanation() {
        return KeyedText.stored(detailKey, detailArguments);
    }

    public Integer getFigure() {
        return figure;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PetitionEvent that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
