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
import org.civicvoice.participation.identity.entity.Account;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment on a proposal, or a reply to one (one level: a reply to a reply answers the same comment). Plain text,
 * escaped when shown. A moderator may hide it with a coded reason; the reason is shown instead of the text.
 */
@Entity
@Table(name = "prp_comment")
public class ProposalComment {

    public static final int TEXT_LENGTH = 3000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private ProposalComment parent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "hidden_reason", length = 30)
    private CommentHiding hiddenReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hidden_by_id")
    private Account hiddenBy;

    /** The language the text is written in (a platform language tag); null for none known. */
    @Column(name = "language", length = 8, updatable = false)
    private String language;

    protected ProposalComment() {
    }

    public ProposalComment(long proposalId, ProposalComment replyTo, Account author, String text, Instant now) {
        String cleaned = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (cleaned.isEmpty() || cleaned.length() > TEXT_LENGTH) {
            throw new InvalidProposal("proposal.comment.text", TEXT_LENGTH);
        }
        if (replyTo != null && replyTo.getProposalId() != proposalId) {
            throw new UnknownComment();
        }
        this.proposalId = proposalId;
        this.parent = replyTo == null ? null : replyTo.getParent() != null ? replyTo.getParent() : replyTo;
        this.author = Objects.requireNonNull(author);
        this.text = cleaned;
        this.createdAt = Objects.requireNonNull(now);
    }

    public void hide(CommentHiding reason, Account by, Instant now) {
        this.hiddenReason = Objects.requireNonNull(reason);
        this.hiddenBy = Objects.requireNonNull(by);
        this.hiddenAt = now;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** The text was written on a page (or sent with a request) in this language. */
    public void writtenIn(String language) {
        this.language = language;
    }

    public String getLanguage() {
        return language;
    }

    public Long getId() {
        return id;
    }

    public long getProposalId() {
        return proposalId;
    }

    public ProposalComment getParent() {
        return parent;
    }

    public Account getAuthor() {
        return author;
    }

    /** The text, or null once hidden. */
    public String getText() {
        return isHidden() ? null : text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public CommentHiding getHiddenReason() {
        return hiddenReason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProposalComment that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
