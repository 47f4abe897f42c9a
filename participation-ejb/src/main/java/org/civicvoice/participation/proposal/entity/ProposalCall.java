package org.civicvoice.participation.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.Body;

import java.time.Instant;
import java.util.Objects;
import org.civicvoice.participation.shared.PlainText;

/**
 * A body asks citizens for proposals on a question until a closing date; when it closes, the top N proposals by
 * support are forwarded to the body itself or to parliament's petitions committee. {@code closedAt} is claimed
 * once by a conditional update, so the forwarding happens once.
 */
@Entity
@Table(name = "prp_call")
public class ProposalCall {

    public static final int TITLE_LENGTH = 150;
    public static final int QUESTION_LENGTH = 2000;
    public static final int TOP_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(name = "question", length = QUESTION_LENGTH, nullable = false)
    private String question;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "top_n", nullable = false)
    private int topN;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forward_body_id", nullable = false)
    private Body forwardTo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opened_by_id", nullable = false, updatable = false)
    private Account openedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ProposalCall() {
    }

    public ProposalCall(Body body, String title, String question, Instant opensAt, Instant closesAt, int topN,
                        Body forwardTo, Account openedBy, Instant now) {
        String cleanTitle = title == null ? "" : PlainText.line(title);
        String cleanQuestion = question == null ? "" : question.strip();
        if (cleanTitle.length() < 5 || cleanTitle.length() > TITLE_LENGTH) {
            throw new InvalidProposal("proposal.call.title", 5, TITLE_LENGTH);
        }
        if (cleanQuestion.isEmpty() || cleanQuestion.length() > QUESTION_LENGTH) {
            throw new InvalidProposal("proposal.call.question", QUESTION_LENGTH);
        }
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new InvalidProposal("proposal.call.dates");
        }
        if (topN < 1 || topN > TOP_MAX) {
            throw new InvalidProposal("proposal.call.top", TOP_MAX);
        }
        this.body = Objects.requireNonNull(body);
        this.title = cleanTitle;
        this.question = cleanQuestion;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.topN = topN;
        this.forwardTo = Objects.requireNonNull(forwardTo);
        this.openedBy = Objects.requireNonNull(openedBy);
        this.createdAt = now;
    }

    /** Whether the call takes proposals at this moment. */
    public boolean isOpenAt(Instant now) {
        return closedAt == null && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getTopN() {
        return topN;
    }

    public Body getForwardTo() {
        return forwardTo;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProposalCall that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
