package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.consultation.control.ConsultationFollowers;
import org.civicvoice.participation.consultation.control.ConsultationTexts;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationChangedMeanwhile;
import org.civicvoice.participation.consultation.entity.ConsultationComment;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ConsultationVersion;
import org.civicvoice.participation.consultation.entity.Disposition;
import org.civicvoice.participation.consultation.entity.DispositionDecision;
import org.civicvoice.participation.consultation.entity.DispositionSheet;
import org.civicvoice.participation.consultation.entity.DispositionsMissing;
import org.civicvoice.participation.consultation.entity.InvalidConsultation;
import org.civicvoice.participation.consultation.entity.NotOfficialOfBody;
import org.civicvoice.participation.consultation.entity.SheetEntry;
import org.civicvoice.participation.consultation.entity.UnknownComment;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.UnknownUnit;
import org.civicvoice.participation.consultation.entity.WrongConsultationState;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.shared.Roles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Closing the loop: after a consultation closed, the officials of its body give each top-level comment a
 * disposition (one decision for a list of comments at once), then publish the report, which needs a disposition
 * for every visible top-level comment; its followers are told by mail through the outbox. Every decision names
 * the consultation's version the official read and raises it, so a decision made on a stale sheet (someone else
 * decided meanwhile) is refused with {@link ConsultationChangedMeanwhile} and overwrites nothing.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
public class ConsultationDispositions {

    public static final int MAX_COMMENTS_PER_DECISION = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Officials officials;

    @Inject
    ConsultationTexts texts;

    @Inject
    ConsultationFollowers followers;

    @Inject
    Clock clock;

    /**
     * Gives the comments the decision; {@code expectedVersion} is the consultation's version the official read.
     * Answers the consultation's new version.
     */
    public long dispose(ConsultationNumber number, long expectedVersion, List<Long> commentIds,
                        DispositionDecision decision) {
        Consultation consultation = locked(number, expectedVersion);
        if (!consultation.takesDispositions()) {
            throw new WrongConsultationState(consultation.getState().name());
        }
        Set<Long> ids = new LinkedHashSet<>(commentIds == null ? List.of() : commentIds);
        ids.remove(null);
        if (ids.isEmpty() || ids.size() > MAX_COMMENTS_PER_DECISION) {
            throw new InvalidConsultation("consultation.disposition.comments", MAX_COMMENTS_PER_DECISION);
        }
        List<ConsultationComment> found = em.createQuery(
                        "SELECT c FROM ConsultationComment c WHERE c.id IN :ids", ConsultationComment.class)
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != ids.size() || found.stream().anyMatch(c -> c.getConsultationId() != consultation.getId())) {
            throw new UnknownComment();
        }
        if (found.stream().anyMatch(c -> c.getParent() != null)) {
            throw new InvalidConsultation("consultation.disposition.reply");
        }
        if (decision.changedUnitKey() != null) {
            ConsultationVersion newest = newest(consultation);
            if (!texts.hasUnit(newest.getId(), decision.changedUnitKey())) {
                throw new UnknownUnit(decision.changedUnitKey());
            }
        }
        Account official = official(consultation);
        Timestamp now = Timestamp.from(clock.instant());
        for (Long id : ids) {
            em.createNativeQuery("""
                            INSERT INTO con_disposition (comment_id, consultation_id, disposition, reason,
                                                         changed_unit_key, decided_by_id, decided_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON DUPLICATE KEY UPDATE disposition = VALUES(disposition), reason = VALUES(reason),
                                changed_unit_key = VALUES(changed_unit_key), decided_by_id = VALUES(decided_by_id),
                                decided_at = VALUES(decided_at)""")
                    .setParameter(1, id)
                    .setParameter(2, consultation.getId())
                    .setParameter(3, decision.disposition().name())
                    .setParameter(4, decision.reason())
                    .setParameter(5, decision.changedUnitKey())
                    .setParameter(6, official.getId())
                    .setParameter(7, now)
                    .executeUpdate();
        }
        // the row is locked: raising its version here refuses every decision made on the sheet read before
        em.createNativeQuery("UPDATE con_consultation SET version = version + 1 WHERE id = ?")
                .setParameter(1, consultation.getId())
                .executeUpdate();
        return expectedVersion + 1;
    }

    /**
     * Publishes the report: refused while visible top-level comments lack a disposition (with how many), and
     * unless the consultation is closed. Its followers get a mail. Answers the consultation's new version.
     */
    public long publishReport(ConsultationNumber number, long expectedVersion) {
        Consultation consultation = locked(number, expectedVersion);
        if (!consultation.takesDispositions()) {
            throw new WrongConsultationState(consultation.getState().name());
        }
        long missing = missing(consultation.getId());
        if (missing > 0) {
            throw new DispositionsMissing(missing);
        }
        Instant now = clock.instant();
        consultation.publishReport(now);
        followers.announce(consultation, "mail.consultation.reportPublished");
        em.flush();
        return consultation.getVersion();
    }

    /** The top-level comments of a consultation of the caller's body with their dispositions, oldest first. */
    public DispositionSheet sheet(ConsultationNumber number) {
        Consultation consultation = em.createQuery("""
                        SELECT c FROM Consultation c JOIN FETCH c.body JOIN FETCH c.topic LEFT JOIN FETCH c.region
                        WHERE c.id = :id""", Consultation.class)
                .setParameter("id", number.value())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownConsultation(number.toString()));
        official(consultation);
        Optional<ConsultationVersion> newest = consultation.getTextVersion() == null ? Optional.empty()
                : texts.version(consultation.getId(), consultation.getTextVersion());
        long versionId = newest.map(ConsultationVersion::getId).orElse(0L);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.id, c.created_at, c.unit_key, u.label, a.display_name, c.on_behalf_of, c.text,
                               c.hidden_at, c.held_at, d.disposition, d.reason, d.changed_unit_key
                        FROM con_comment c
                        JOIN idn_account a ON a.id = c.author_id
                        LEFT JOIN con_unit u ON u.version_id = ? AND u.unit_key = c.unit_key
                        LEFT JOIN con_disposition d ON d.comment_id = c.id
                        WHERE c.consultation_id = ? AND c.parent_id IS NULL
                        ORDER BY c.created_at, c.id""")
                .setParameter(1, versionId)
                .setParameter(2, consultation.getId())
                .getResultList();
        List<SheetEntry> entries = rows.stream().map(r -> new SheetEntry(((Number) r[0]).longValue(),
                Consultations.instant(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                r[7] == null ? (String) r[6] : null, r[7] != null, r[8] != null,
                r[9] == null ? null : Disposition.valueOf((String) r[9]), (String) r[10], (String) r[11])).toList();
        List<DispositionSheet.UnitChoice> units = newest.map(v -> texts.units(v.getId()).stream()
                .map(k -> new DispositionSheet.UnitChoice(k.key(), k.unit().eId(), k.unit().label(),
                        k.unit().heading())).toList()).orElse(List.of());
        return new DispositionSheet(consultation, entries, units,
                entries.stream().filter(SheetEntry::awaitsDisposition).count());
    }

    private long missing(long consultationId) {
        return ((Number) em.createNativeQuery("""
                        SELECT COUNT(*) FROM con_comment c LEFT JOIN con_disposition d ON d.comment_id = c.id
                        WHERE c.consultation_id = ? AND c.parent_id IS NULL AND c.hidden_at IS NULL
                        AND c.held_at IS NULL AND d.id IS NULL""")
                .setParameter(1, consultationId)
                .getSingleResult()).longValue();
    }

    private Consultation locked(ConsultationNumber number, long expectedVersion) {
        Consultation consultation = em.find(Consultation.class, number.value(), LockModeType.PESSIMISTIC_WRITE);
        if (consultation == null || !consultation.isPublic()) {
            throw new UnknownConsultation(number.toString());
        }
        official(consultation);
        if (consultation.getVersion() != expectedVersion) {
            throw new ConsultationChangedMeanwhile();
        }
        return consultation;
    }

    private ConsultationVersion newest(Consultation consultation) {
        return texts.version(consultation.getId(), consultation.getTextVersion())
                .orElseThrow(() -> new UnknownConsultation(consultation.getId().toString()));
    }

    private Account official(Consultation consultation) {
        String body = consultation.getBody().getSlug();
        return officials.actingIn(List.of(BodySlug.of(body)), EnumSet.allOf(BodyRole.class))
                .orElseThrow(() -> new NotOfficialOfBody(body));
    }
}
