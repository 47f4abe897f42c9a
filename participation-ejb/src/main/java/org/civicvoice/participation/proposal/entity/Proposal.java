package org.civicvoice.participation.proposal.entity;

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
import jakarta.persistence.Version;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's proposal to a body: a new law, an amendment or an administrative action, what should change and why.
 * The count of supports is not here: it lives in its own tally row, so supporting never contends with edits.
 */
@Entity
@Table(name = "prp_proposal")
public class Proposal {

    public static final int NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @Column(name = "on_behalf_of", length = ProposalText.ON_BEHALF_OF_LENGTH)
    private String onBehalfOf;

    @Column(name = "title", length = ProposalText.TITLE_LENGTH, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private ProposalKind kind;

    @Column(name = "change_text", nullable = false)
    private String change;

    @Column(name = "reason_text", nullable = false)
    private String reason;

    @Column(name = "language", length = 8, nullable = false)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    private Topic topic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "call_id")
    private ProposalCall call;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private ProposalState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 30)
    private ProposalRejection rejectionReason;

    @Column(name = "rejection_note", length = NOTE_LENGTH)
    private String rejectionNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "moderator_id")
    private Account moderator;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Proposal() {
    }

    public Proposal(Account author, ProposalText text, String language, Topic topic, Region region, Body body,
                    ProposalCall call, Instant now) {
        this.author = Objects.requireNonNull(author);
        this.language = language == null || language.isBlank() ? "en" : language;
        place(topic, region, body, call);
        write(text);
        this.state = ProposalState.DRAFT;
        this.createdAt = Objects.requireNonNull(now);
    }

    private void write(ProposalText text) {
        this.title = text.title();
        this.kind = text.kind();
        this.change = text.change();
        this.reason = text.reason();
        this.onBehalfOf = text.onBehalfOf();
    }

    private void place(Topic newTopic, Region newRegion, Body newBody, ProposalCall newCall) {
        this.topic = Objects.requireNonNull(newTopic);
        this.region = newRegion;
        this.body = Objects.requireNonNull(newBody);
        this.call = newCall;
    }

    /** The author changes the text or its addressee while it is still a draft. */
    public void revise(ProposalText text, Topic newTopic, Region newRegion, Body newBody, ProposalCall newCall) {
        require(ProposalState.DRAFT);
        place(newTopic, newRegion, newBody, newCall);
        write(text);
    }

    /** The author hands the draft to moderation. */
    public void submit(Instant now) {
        require(ProposalState.DRAFT);
        state = ProposalState.IN_MODERATION;
        submittedAt = now;
    }

    /** A moderator makes the proposal public: it can be supported, and its body is asked for an answer. */
    public void publish(Account by, Instant now) {
        require(ProposalState.IN_MODERATION);
        state = ProposalState.PUBLISHED;
        moderator = Objects.requireNonNull(by);
        publishedAt = now;
    }

    public void reject(ProposalRejection why, String note, Account by, Instant now) {
        require(ProposalState.IN_MODERATION);
        Objects.requireNonNull(why);
        String trimmed = note == null ? null : note.strip();
        if (trimmed != null && trimmed.length() > NOTE_LENGTH) {
            throw new InvalidProposal("proposal.reject.noteLength", NOTE_LENGTH);
        }
        state = ProposalState.REJECTED;
        rejectionReason = why;
        rejectionNote = trimmed == null || trimmed.isEmpty() ? null : trimmed;
        moderator = Objects.requireNonNull(by);
        rejectedAt = now;
    }

    /** The body published an answer: the proposal counts as answered from the first answer on. */
    public void answered(Instant at) {
        if (state != ProposalState.PUBLISHED && state != ProposalState.ANSWERED) {
            throw new WrongProposalState(state.name());
        }
        state = ProposalState.ANSWERED;
        answeredAt = at;
    }

    /** Whether supports are taken: only while published and not yet answered. */
    public boolean isSupportable() {
        return state == ProposalState.PUBLISHED;
    }

    /** Whether the public may read what it says: hidden while unpublished and when rejected as offensive. */
    public boolean isTextPublic() {
        if (state == ProposalState.REJECTED) {
            return !rejectionReason.hidesText();
        }
        return state.isPublic();
    }

    public boolean isAuthoredBy(Account account) {
        return account != null && author.equals(account);
    }

    private void require(ProposalState expected) {
        if (state != expected) {
            throw new WrongProposalState(state.name());
        }
    }

    public Long getId() {
        return id;
    }

    public ProposalNumber number() {
        return new ProposalNumber(id);
    }

    public Account getAuthor() {
        return author;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public String getTitle() {
        return title;
    }

    public ProposalKind getKind() {
        return kind;
    }

    public String getChange() {
        return change;
    }

    public String getReason() {
        return reason;
    }

    public String getLanguage() {
        return language;
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

    public ProposalCall getCall() {
        return call;
    }

    public ProposalState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getRejectedAt() {
        return rejectedAt;
    }

    public ProposalRejection getRejectionReason() {
        return rejectionReason;
    }

    public String getRejectionNote() {
        return rejectionNote;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Proposal that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
