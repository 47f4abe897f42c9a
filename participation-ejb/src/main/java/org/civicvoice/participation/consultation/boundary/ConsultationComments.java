package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.consultation.control.ConsultationTexts;
import org.civicvoice.participation.consultation.entity.AlreadyFlagged;
import org.civicvoice.participation.consultation.entity.AlreadySupported;
import org.civicvoice.participation.consultation.entity.CommentDraft;
import org.civicvoice.participation.consultation.entity.CommentingClosed;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationComment;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ConsultationVersion;
import org.civicvoice.participation.consultation.entity.FlagReason;
import org.civicvoice.participation.consultation.entity.NotOfficialOfBody;
import org.civicvoice.participation.consultation.entity.UnknownComment;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.UnknownUnit;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.routing.boundary.CaseRouting;
import org.civicvoice.participation.routing.entity.CaseRequest;
import org.civicvoice.participation.shared.ReaderLanguage;
import org.civicvoice.participation.shared.Roles;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Taking part in an open consultation: verified people comment on the whole draft or on a unit of its published
 * text (optionally quoting its words, optionally for an organisation), reply one level deep, support a comment
 * once and flag it once (each a unique key, never a check before inserting). Comments are plain text: control
 * characters are removed and pages escape the rest, so HTML or script in a comment is shown, never run. After
 * closing, comments, replies and supports are refused with {@link CommentingClosed}. An official of the body may
 * mark a comment as needing an answer: routing opens a case for it, asked in the same transaction.
 */
@Stateless
@PermitAll
public class ConsultationComments {

    @PersistenceContext
    EntityManager em;

    @Inject
    MyAccount myAccount;

    @Inject
    Officials officials;

    @Inject
    ConsultationTexts texts;

    @Inject
    CaseRouting caseRouting;

    @Inject
    ReaderLanguage reader;

    @Inject
    Clock clock;

    /** How many different people's flags hold a comment for review ({@code PARTICIPATION_CONSULTATION_FLAG_THRESHOLD}). */
    @Inject
    @ConfigProperty(name = "participation.consultation.flag-threshold", defaultValue = "3")
    int flagThreshold;

    /** Adds a comment, or a reply when the draft names the comment it answers; answers its id. */
    @RolesAllowed(Roles.VERIFIED)
    public long comment(ConsultationNumber number, CommentDraft draft) {
        Consultation consultation = openConsultation(number.value());
        ConsultationVersion version = texts.version(consultation.getId(), consultation.getTextVersion())
                .orElseThrow(() -> new UnknownConsultation(number.toString()));
        ConsultationComment replyTo = null;
        if (draft.replyTo() != null) {
            replyTo = em.find(ConsultationComment.class, draft.replyTo());
            if (replyTo == null || replyTo.getConsultationId() != consultation.getId()) {
                throw new UnknownComment();
            }
        }
        String unitKey = draft.unitKey() == null || draft.unitKey().isBlank() ? null : draft.unitKey().strip();
        if (replyTo == null && unitKey != null && !texts.hasUnit(version.getId(), unitKey)) {
            throw new UnknownUnit(unitKey);
        }
        ConsultationComment comment = new ConsultationComment(consultation.getId(), unitKey, version.getNumber(),
                replyTo, myAccount.me(), draft.onBehalfOf(), draft.quote(), draft.text(), clock.instant());
        comment.writtenIn(reader.tag());
        em.persist(comment);
        em.flush();
        return comment.getId();
    }

    /** Supports a comment of an open consultation, once per person. */
    @RolesAllowed(Roles.VERIFIED)
    public void support(long commentId) {
        ConsultationComment comment = comment(commentId);
        openConsultation(comment.getConsultationId());
        int inserted = em.createNativeQuery("""
                        INSERT IGNORE INTO con_support (comment_id, account_id, created_at) VALUES (?, ?, ?)""")
                .setParameter(1, commentId)
                .setParameter(2, myAccount.me().getId())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (inserted == 0) {
            throw new AlreadySupported();
        }
    }

    /** Flags a comment for the moderators, once per person, with a reason. */
    @RolesAllowed(Roles.VERIFIED)
    public void flag(long commentId, FlagReason reason, String note) {
        ConsultationComment comment = comment(commentId);
        String cleanNote = note == null ? null : note.strip();
        int inserted = em.createNativeQuery("""
                        INSERT IGNORE INTO con_flag (comment_id, account_id, reason, note, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .setParameter(1, comment.getId())
                .setParameter(2, myAccount.me().getId())
                .setParameter(3, reason == null ? FlagReason.OFF_TOPIC.name() : reason.name())
                .setParameter(4, cleanNote == null || cleanNote.isEmpty() ? null
                        : cleanNote.substring(0, Math.min(500, cleanNote.length())))
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (inserted == 0) {
            throw new AlreadyFlagged();
        }
        // held once enough different people flagged it since a moderator last restored it: one conditional update
        em.createNativeQuery("""
                        UPDATE con_comment c SET c.held_at = ?
                        WHERE c.id = ? AND c.held_at IS NULL AND c.hidden_at IS NULL
                        AND (SELECT COUNT(*) FROM con_flag f WHERE f.comment_id = c.id
                             AND (c.restored_at IS NULL OR f.created_at > c.restored_at)) >= ?""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, comment.getId())
                .setParameter(3, Math.max(1, flagThreshold))
                .executeUpdate();
    }

    /**
     * The body marks a comment as needing its answer: routing is asked for a case in this transaction and opens it
     * after commit. Marking it again changes nothing.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public void requestAnswer(long commentId) {
        ConsultationComment comment = comment(commentId);
        Consultation consultation = em.createQuery("""
                        SELECT c FROM Consultation c JOIN FETCH c.body JOIN FETCH c.topic LEFT JOIN FETCH c.region
                        WHERE c.id = :id""", Consultation.class)
                .setParameter("id", comment.getConsultationId())
                .getSingleResult();
        String body = consultation.getBody().getSlug();
        Account official = officials.actingIn(List.of(BodySlug.of(body)), EnumSet.allOf(BodyRole.class))
                .orElseThrow(() -> new NotOfficialOfBody(body));
        Instant now = clock.instant();
        if (!comment.requestAnswer(official.getId(), now)) {
            return;
        }
        String text = comment.getText() == null ? "" : comment.getText();
        caseRouting.request(new CaseRequest(ConsultationCaseTypes.COMMENT_ANSWER,
                ConsultationCaseTypes.item(comment.getId()),
                consultation.getTitle() + ": " + (text.length() > 80 ? text.substring(0, 80) + "…" : text),
                "/consultation/view.xhtml?number=" + consultation.getId() + "#comment-" + comment.getId(),
                consultation.getTopic().getSlug(),
                consultation.getRegion() == null ? null : consultation.getRegion().getCode(), body));
    }

    private ConsultationComment comment(long commentId) {
        ConsultationComment comment = em.find(ConsultationComment.class, commentId);
        if (comment == null) {
            throw new UnknownComment();
        }
        return comment;
    }

    private Consultation openConsultation(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null || !consultation.isPublic()) {
            throw new UnknownConsultation(Long.toString(id));
        }
        if (!consultation.isOpen()) {
            throw new CommentingClosed(consultation.getState().name());
        }
        return consultation;
    }
}
