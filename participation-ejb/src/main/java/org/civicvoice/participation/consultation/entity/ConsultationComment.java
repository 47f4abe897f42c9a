package org.civicvoice.participation.consultation.entity;

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

import java.time.Instant;
import java.util.Objects;

/**
 * A comment on a consultation's draft: on the whole draft or on one unit (by the unit's stable key, so it stays
 * with the unit in later versions), optionally quoting the unit's words, or a reply to a comment (one level: a
 * reply to a reply answers the same comment). Plain text, control characters removed, escaped when shown.
 */
@Entity
@Table(name = "con_comment")
public class ConsultationComment {

    public static final int TEXT_LENGTH = 5000;
    public static final int QUOTE_LENGTH = 1000;
    public static final int ON_BEHALF_LENGTH = 200;
    public static final int HIDDEN_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(name = "unit_key", length = 36, updatable = false)
    private String unitKey;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private ConsultationComment parent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @Column(name = "on_behalf_of", length = ON_BEHALF_LENGTH, updatable = false)
    private String onBehalfOf;

    @Column(name = "quote", length = QUOTE_LENGTH, updatable = false)
    private String quote;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "answer_requested_at")
    private Instant answerRequestedAt;

    @Column(name = "answer_requested_by")
    private Long answerRequestedBy;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = HIDDEN_REASON_LENGTH)
    private String hiddenReason;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "hidden_by_id")
    private Long hiddenBy;

    @Column(name = "restored_at")
    private Instant restoredAt;

    /** The language the text is written in (a platform language tag); null for none known. */
    @Column(name = "language", length = 8, updatable = false)
    private String language;

    protected ConsultationComment() {
    }

    public ConsultationComment(long consultationId, String unitKey, int versionNumber, ConsultationComment replyTo,
                               Account author, String onBehalfOf, String quote, String text, Instant now) {
        String cleaned = plain(text);
        if (cleaned.isEmpty() || cleaned.length() > TEXT_LENGTH) {
            throw new InvalidConsultation("consultation.comment.text", TEXT_LENGTH);
        }
        String cleanQuote = plain(quote);
        if (cleanQuote.length() > QUOTE_LENGTH) {
            throw new InvalidConsultation("consultation.comment.quote", QUOTE_LENGTH);
        }
        String organisation = plain(onBehalfOf);
        if (organisation.length() > ON_BEHALF_LENGTH) {
            throw new InvalidConsultation("consultation.comment.onBehalfOf", ON_BEHALF_LENGTH);
        }
        if (replyTo != null && replyTo.getConsultationId() != consultationId) {
            throw new UnknownComment();
        }
        this.consultationId = consultationId;
        ConsultationComment root = replyTo == null ? null : replyTo.getParent() != null ? replyTo.getParent() : replyTo;
        this.parent = root;
        this.unitKey = root != null ? root.getUnitKey() : unitKey;
        this.versionNumber = versionNumber;
        this.author = Objects.requireNonNull(author);
        this.onBehalfOf = organisation.isEmpty() ? null : organisation;
        this.quote = cleanQuote.isEmpty() ? null : cleanQuote;
        this.text = cleaned;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The text without control characters (line breaks and tabs kept), lines ended by a plain line feed. */
    static String plain(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\r\n", "\n").replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
    }

    /** The body asks for an answer to this comment; answers whether this call was the one that asked. */
    public boolean requestAnswer(long officialId, Instant now) {
        if (answerRequestedAt != null) {
            return false;
        }
        this.answerRequestedAt = Objects.requireNonNull(now);
        this.answerRequestedBy = officialId;
        return true;
    }

    /** A moderator hides the comment with a reason readers see in its place; it also ends a hold for review. */
    public void hide(String reason, long moderatorId, Instant now) {
        String cleaned = plain(reason);
        if (cleaned.isEmpty() || cleaned.length() > HIDDEN_REASON_LENGTH) {
            throw new InvalidConsultation("consultation.moderation.reason", HIDDEN_REASON_LENGTH);
        }
        this.hiddenAt = Objects.requireNonNull(now);
        this.hiddenReason = cleaned;
        this.hiddenBy = moderatorId;
        this.heldAt = null;
    }

    /** A moderator shows the comment again, hidden or held; only flags made after this count towards a new hold. */
    public void restore(Instant now) {
        this.hiddenAt = null;
        this.hiddenReason = null;
        this.hiddenBy = null;
        this.heldAt = null;
        this.restoredAt = Objects.requireNonNull(now);
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** Held for review after enough flags: not shown to readers until a moderator restores it. */
    public boolean isHeld() {
        return heldAt != null;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public Instant getRestoredAt() {
        return restoredAt;
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

    public long getConsultationId() {
        return consultationId;
    }

    public String getUnitKey() {
        return unitKey;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public ConsultationComment getParent() {
        return parent;
    }

    public Account getAuthor() {
        return author;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public String getQuote() {
        return quote;
    }

    /** The text, or null once hidden. */
    public String getText() {
        return isHidden() ? null : text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAnswerRequestedAt() {
        return answerRequestedAt;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsultationComment that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
