package org.civicvoice.participation.petition.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.petition.control.AuthorMail;
import org.civicvoice.participation.petition.control.Followers;
import org.civicvoice.participation.petition.control.Milestones;
import org.civicvoice.participation.platform.boundary.SchemaMigration;
import org.civicvoice.participation.petition.control.PetitionTimeline;
import org.civicvoice.participation.petition.control.SignatureTally;
import org.civicvoice.participation.petition.control.ThresholdActions;
import org.civicvoice.participation.petition.entity.EventKind;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The petitions' clockwork. Every job scans the database for what is due and claims each item with a conditional
 * update, so it survives restarts (deadlines live in columns, not in timers), runs safely on several nodes, and
 * does each thing once: fold new signatures into the counts and claim thresholds; close petitions at their
 * deadline and tell authors and signers; archive; anonymise signers some months after closing; forget
 * unconfirmed signatures; recount open petitions at night.
 */
@Stateless
@PermitAll
public class PetitionSchedule {

    static final int FOLD_BATCH = 20_000;
    private static final int CLAIM_BATCH = 100;
    private static final Duration ERASURE_BUDGET = Duration.ofSeconds(40);

    @PersistenceContext
    EntityManager em;

    @Inject
    SignatureTally tally;

    @Inject
    AuthorMail authorMail;

    @Inject
    Milestones milestones;

    @Inject
    ThresholdActions thresholdActions;

    @Inject
    PetitionTimeline timeline;

    @Inject
    SignerDataErasure erasure;

    @Inject
    Followers followers;

    @Inject
    Clock clock;

    @Inject
    SchemaMigration schema;

    @Inject
    @ConfigProperty(name = "participation.petitions.anonymise-after-months", defaultValue = "6")
    int anonymiseAfterMonths;

    @Inject
    @ConfigProperty(name = "participation.petitions.archive-after-days", defaultValue = "365")
    int archiveAfterDays;

    /** Every second: new signatures into the counts; sponsored petitions to moderation; thresholds claimed. */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void foldSignatures() {
        if (!schema.isMigrated()) {
            return;
        }
        Instant now = clock.instant();
        Set<Long> changed = tally.fold(FOLD_BATCH, now);
        if (changed.isEmpty()) {
            return;
        }
        for (Long moved : milestones.advanceSponsored(changed, now)) {
            timeline.record(moved, EventKind.MODERATION, now, null, null);
            authorMail.tell(moved, "mail.petition.moderation");
        }
        thresholdActions.reached(milestones.claimReached(changed, now), now);
    }

    /** Every ten seconds: open petitions past their deadline close; author and opted-in signers are told. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void closeDue() {
        if (!schema.isMigrated()) {
            return;
        }
        Instant now = clock.instant();
        List<Long> due = em.createQuery("""
                        SELECT p.id FROM Petition p WHERE p.state = :open AND p.closesAt <= :now ORDER BY p.closesAt""",
                        Long.class)
                .setParameter("open", PetitionState.OPEN)
                .setParameter("now", now)
                .setMaxResults(CLAIM_BATCH)
                .getResultList();
        for (Long id : due) {
            int claimed = em.createNativeQuery("""
                            UPDATE pet_petition SET state = 'CLOSED', closed_at = closes_at, version = version + 1
                            WHERE id = ? AND state = 'OPEN' AND closes_at <= ?""")
                    .setParameter(1, id)
                    .setParameter(2, Timestamp.from(now))
                    .executeUpdate();
            if (claimed == 1) {
                Petition petition = em.find(Petition.class, id);
                em.refresh(petition);
                int signatures = tally.counts(List.of(id)).get(id);
                timeline.record(petition, EventKind.CLOSED, petition.getClosedAt(), null, signatures);
                announceClosing(petition, signatures);
            }
        }
    }

    private void announceClosing(Petition petition, int signatures) {
        followers.announce(petition, "mail.petition.closedSigner", "mail.petition.closedAuthor", signatures);
    }

    /** Hourly: closed petitions past the archive period move to the archive. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    public void archive() {
        if (!schema.isMigrated()) {
            return;
        }
        Instant now = clock.instant();
        List<Long> due = em.createQuery("""
                        SELECT p.id FROM Petition p WHERE p.state = :closed AND p.closedAt <= :before""", Long.class)
                .setParameter("closed", PetitionState.CLOSED)
                .setParameter("before", now.minus(Duration.ofDays(archiveAfterDays)))
                .setMaxResults(CLAIM_BATCH)
                .getResultList();
        for (Long id : due) {
            if (em.createNativeQuery("""
                            UPDATE pet_petition SET state = 'ARCHIVED', archived_at = ?, version = version + 1
                            WHERE id = ? AND state = 'CLOSED'""")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, id).executeUpdate() == 1) {
                timeline.record(id, EventKind.ARCHIVED, now, null, null);
            }
        }
    }

    /**
     * Every minute: signers' names, addresses and IP addresses of petitions that ended more than the configured
     * months ago are erased, the whole backlog in batches (for at most {@link #ERASURE_BUDGET} a scan); counts and
     * per-region totals stay.
     */
    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void anonymiseSigners() {
        if (!schema.isMigrated()) {
            return;
        }
        Instant now = clock.instant();
        Instant before = now.atOffset(ZoneOffset.UTC).minusMonths(anonymiseAfterMonths).toInstant();
        long stopAt = System.nanoTime() + ERASURE_BUDGET.toNanos();
        List<Long> due;
        do {
            due = erasure.due(before);
            due.forEach(id -> erasure.erase(id, now));
        } while (due.size() == SignerDataErasure.BATCH && System.nanoTime() < stopAt);
        erasure.forgetUnconfirmed(now.minus(PetitionSigning.CONFIRMATION_VALIDITY));
    }

    /** Nightly: recount open petitions from their signatures; a drift (there should be none) is corrected and logged. */
    @Schedule(hour = "3", minute = "17", persistent = false)
    public void recount() {
        if (!schema.isMigrated()) {
            return;
        }
        Instant now = clock.instant();
        List<Long> open = em.createQuery("SELECT p.id FROM Petition p WHERE p.state IN :states", Long.class)
                .setParameter("states", List.of(PetitionState.OPEN,
                        PetitionState.SPONSORING))
                .getResultList();
        open.forEach(id -> tally.reconcile(id, now));
    }
}
