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
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.shared.KeyedText;

import java.time.Instant;
import java.util.Objects;

/** One step of a case's history: who did what, when, concerning which body, with a detail (reason, note). */
@Entity
@Table(name = "rte_case_event")
public class CaseEvent {

    public static final int DETAIL_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private Case routedCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private CaseEventKind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private Account actor;

    @Column(name = "actor_name", length = 200, updatable = false)
    private String actorName;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "body_id", updatable = false)
    private Body body;

    @Column(name = "detail", length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Column(name = "detail_key", length = KeyedText.KEY_LENGTH, updatable = false)
    private String detailKey;

    @Column(name = "detail_args", length = KeyedText.ARGUMENTS_LENGTH, updatable = false)
    private String detailArguments;

    @Column(name = "is_public", nullable = false, updatable = false)
    private boolean visibleToPublic;

    /** When the step reached the feature owning the item; internal steps need no delivery. */
    @Column(name = "delivered_at", insertable = true, updatable = false)
    private Instant deliveredAt;

    protected CaseEvent() {
    }

    /**
     * A step; {@code explanation} is what the platform says about it (in the reader's language when shown),
     * {@code detail} what a person wrote (a reason, an answer, a note), both optional.
     */
    public CaseEvent(Case routedCase, CaseEventKind kind, Instant occurredAt, Account actor, Body body,
                     KeyedText explanation, String detail) {
        this.routedCase = Objects.requireNonNull(routedCase);
        this.kind = Objects.requireNonNull(kind);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = actor;
        this.actorName = actor == null ? null : actor.getDisplayName();
        this.body = body;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
        this.detailKey = explanation == null ? null : explanation.key();
        this.detailArguments = explanation == null ? null : explanation.storedArguments();
        this.visibleToPublic = kind.isPublic();
        this.deliveredAt = visibleToPublic ? null : occurredAt;
    }

    public Long getId() {
        return id;
    }

    public Case getCase() {
        return routedCase;
    }

    public CaseEventKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorName() {
        return actorName;
    }

    public Body getBody() {
        return body;
    }

    public String getDetail() {
        return detail;
    }

    /** What the platform says about the step, or null. */
    public KeyedText getExplanation() {
        return KeyedText.stored(detailKey, detailArguments);
    }

    public boolean isPublic() {
        return visibleToPublic;
    }
}
