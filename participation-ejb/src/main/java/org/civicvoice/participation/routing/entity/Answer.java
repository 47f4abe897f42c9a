package org.civicvoice.participation.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.civicvoice.participation.identity.entity.Account;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to a case, under four eyes: one official drafts and submits it, a second official with approving
 * rights publishes it. Both names stay on record.
 */
@Entity
@Table(name = "rte_answer")
public class Answer {

    public static final int TEXT_LENGTH = 20_000;

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "text", nullable = false)
    private String text;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "drafted_by", nullable = false)
    private Account draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "submitted_by")
    private Account submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "approved_by")
    private Account approvedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Answer() {
    }

    public Answer(long caseId, String text, Account author, Instant now) {
        this.caseId = caseId;
        redraft(text, author, now);
    }

    private static String clean(String text) {
        if (text == null || text.isBlank() || text.strip().length() > TEXT_LENGTH) {
            throw new InvalidCaseInput("answer");
        }
        return text.strip();
    }

    public void redraft(String newText, Account author, Instant now) {
        if (publishedAt != null) {
            throw new WrongCaseState("ANSWERED");
        }
        this.text = clean(newText);
        this.draftedBy = Objects.requireNonNull(author);
        this.draftedAt = now;
        this.submittedBy = null;
        this.submittedAt = null;
    }

    public void submit(Account official, Instant now) {
        this.submittedBy = Objects.requireNonNull(official);
        this.submittedAt = now;
    }

    /** The second pair of eyes: never the official who wrote or submitted the answer. */
    public void approve(Account approver, Instant now) {
        if (submittedAt == null || publishedAt != null) {
            throw new WrongCaseState(publishedAt != null ? "ANSWERED" : "IN_PROGRESS");
        }
        if (approver.getId().equals(draftedBy.getId())
                || (submittedBy != null && approver.getId().equals(submittedBy.getId()))) {
            throw new FourEyesRequired();
        }
        this.approvedBy = approver;
        this.publishedAt = now;
    }

    public void returned() {
        this.submittedBy = null;
        this.submittedAt = null;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getText() {
        return text;
    }

    public Account getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public Account getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Account getApprovedBy() {
        return approvedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
