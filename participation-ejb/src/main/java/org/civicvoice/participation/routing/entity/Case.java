package org.civicvoice.participation.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.Version;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;

import org.civicvoice.participation.shared.KeyedText;

import java.time.Instant;
import java.util.Objects;

/**
 * An item waiting for an answer from a body: routed there by a rule (or by the citizen's choice of body), worked
 * on by an official, due at a time counted in working days. The entity is named {@code RoutedCase} in queries,
 * as {@code CASE} is a keyword of the query language.
 */
@Entity(name = "RoutedCase")
@Table(name = "rte_case")
public class Case {

    public static final int TITLE_LENGTH = 300;
    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = CaseTypeConverter.class)
    @Column(name = "case_type", length = 30, nullable = false, updatable = false)
    private CaseType type;

    @Convert(converter = ItemKindConverter.class)
    @Column(name = "item_kind", length = 30, nullable = false, updatable = false)
    private ItemKind itemKind;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(name = "item_link", length = 500, nullable = false)
    private String itemLink;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id", updatable = false)
    private Topic topic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id", updatable = false)
    private Region region;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "oversight_body_id")
    private Body oversightBody;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private CaseState state;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "rule_version_id")
    private RuleVersion ruleVersion;

    @Column(name = "route_reason_key", length = KeyedText.KEY_LENGTH)
    private String routeReasonKey;

    @Column(name = "route_reason_args", length = KeyedText.ARGUMENTS_LENGTH)
    private String routeReasonArguments;

    @Column(name = "transfers", nullable = false)
    private int transfers;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "escalate_at")
    private Instant escalateAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Case() {
    }

    public Case(CaseRequest request, Topic topic, Region region, Routing routing, Instant now, Instant dueAt,
                Instant remindAt) {
        this.type = request.type();
        this.itemKind = request.item().kind();
        this.itemId = request.item().id();
        String cleanTitle = request.title().strip();
        this.title = cleanTitle.length() > TITLE_LENGTH ? cleanTitle.substring(0, TITLE_LENGTH) : cleanTitle;
        this.itemLink = request.link();
        this.topic = topic;
        this.region = region;
        this.body = Objects.requireNonNull(routing.body());
        this.ruleVersion = routing.rule();
        this.routeReasonKey = routing.reason().key();
        this.routeReasonArguments = routing.reason().storedArguments();
        this.state = CaseState.NEW;
        this.createdAt = now;
        this.dueAt = Objects.requireNonNull(dueAt);
        this.remindAt = remindAt;
        this.escalateAt = dueAt;
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw new WrongCaseState(state.name());
        }
    }

    public void assignTo(Account official) {
        requireOpen();
        if (state == CaseState.AWAITING_APPROVAL) {
            throw new WrongCaseState(state.name());
        }
        this.assignee = Objects.requireNonNull(official);
        if (state == CaseState.NEW) {
            state = CaseState.ASSIGNED;
        }
    }

    /** Someone is writing the answer. */
    public void startWork() {
        requireOpen();
        if (state == CaseState.AWAITING_APPROVAL) {
            throw new WrongCaseState(state.name());
        }
        state = CaseState.IN_PROGRESS;
    }

    /**
     * Hands the case to another body's queue. The due date stays: the citizen was promised an answer by then,
     * whoever gives it.
     */
    public void transferTo(Body target) {
        requireOpen();
        if (state == CaseState.AWAITING_APPROVAL) {
            throw new WrongCaseState(state.name());
        }
        if (target.getId().equals(body.getId())) {
            throw new InvalidCaseInput("target");
        }
        this.body = target;
        this.assignee = null;
        this.state = CaseState.NEW;
        this.transfers++;
    }

    public void submitForApproval() {
        if (state != CaseState.ASSIGNED && state != CaseState.IN_PROGRESS && state != CaseState.NEW) {
            throw new WrongCaseState(state.name());
        }
        state = CaseState.AWAITING_APPROVAL;
    }

    public void returnForChanges() {
        if (state != CaseState.AWAITING_APPROVAL) {
            throw new WrongCaseState(state.name());
        }
        state = CaseState.IN_PROGRESS;
    }

    public void answered(Instant now) {
        if (state != CaseState.AWAITING_APPROVAL) {
            throw new WrongCaseState(state.name());
        }
        state = CaseState.ANSWERED;
        answeredAt = now;
        remindAt = null;
        escalateAt = null;
    }

    /** The petitions committee recorded its outcome: for a parliament review that is the answer. */
    public void decided(Instant now) {
        requireOpen();
        state = CaseState.ANSWERED;
        answeredAt = now;
        remindAt = null;
        escalateAt = null;
    }

    public void close(Instant now) {
        if (state == CaseState.CLOSED) {
            throw new WrongCaseState(state.name());
        }
        if (state.isOpen()) {
            throw new WrongCaseState(state.name());
        }
        state = CaseState.CLOSED;
        closedAt = now;
    }

    public boolean isOverdue(Instant now) {
        return state.isOpen() && dueAt.isBefore(now);
    }

    public CaseNumber number() {
        return new CaseNumber(id);
    }

    public ItemRef item() {
        return new ItemRef(itemKind, itemId);
    }

    public Long getId() {
        return id;
    }

    public CaseType getType() {
        return type;
    }

    public ItemKind getItemKind() {
        return itemKind;
    }

    public long getItemId() {
        return itemId;
    }

    public String getTitle() {
        return title;
    }

    public String getItemLink() {
        return itemLink;
    }

    public Topic getTopic() {
        return topic;
    }

    public Region getRegion() {
        return region;
    }

    public Body getBody() {
        return body;
    }

    public Body getOversightBody() {
        return oversightBody;
    }

    public Account getAssignee() {
        return assignee;
    }

    public CaseState getState() {
        return state;
    }

    public RuleVersion getRuleVersion() {
        return ruleVersion;
    }

    /** Why the case is with its body, as routing explained it when it routed or referred it. */
    public KeyedText getRouteReason() {
        return KeyedText.stored(routeReasonKey, routeReasonArguments);
    }

    public int getTransfers() {
        return transfers;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public Instant getEscalateAt() {
        return escalateAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Case that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
