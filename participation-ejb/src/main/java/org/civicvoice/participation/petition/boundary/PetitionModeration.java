package org.civicvoice.participation.petition.boundary;

import org.civicvoice.participation.petition.entity.PetitionStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.ChangedMeanwhile;
import org.civicvoice.participation.petition.control.AuthorMail;
import org.civicvoice.participation.petition.control.Milestones;
import org.civicvoice.participation.petition.control.PetitionTimeline;
import org.civicvoice.participation.petition.control.SignatureLedger;
import org.civicvoice.participation.petition.control.ThresholdActions;
import org.civicvoice.participation.petition.entity.EventKind;
import org.civicvoice.participation.petition.entity.Invalidation;
import org.civicvoice.participation.petition.entity.InvalidationPattern;
import org.civicvoice.participation.petition.entity.ModerationItem;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.PetitionState;
import org.civicvoice.participation.petition.entity.RejectionReason;
import org.civicvoice.participation.petition.entity.UnknownPetition;
import org.civicvoice.participation.shared.ResultPage;
import org.civicvoice.participation.shared.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The moderators' work: the queue of petitions that gathered their sponsors, oldest first and flagged when
 * nearly overdue or overdue; approving (the petition opens for signatures) or rejecting with a coded reason;
 * and invalidating signatures in bulk by pattern, with a recorded reason.
 */
@Stateless
@RolesAllowed({Roles.MODERATOR, Roles.PLATFORM_ADMIN})
public class PetitionModeration {

    @PersistenceContext
    EntityManager em;

    @Inject
    MyAccount myAccount;

    @Inject
    AuthorMail authorMail;

    @Inject
    Milestones milestones;

    @Inject
    ThresholdActions thresholdActions;

    @Inject
    SignatureLedger ledger;

    @Inject
    PetitionTimeline timeline;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "participation.moderation.nearly-overdue-days", defaultValue = "5")
    int nearlyOverdueDays;

    @Inject
    @ConfigProperty(name = "participation.moderation.overdue-days", defaultValue = "7")
    int overdueDays;

    /** Petitions waiting for moderation, longest waiting first. */
    public ResultPage<ModerationItem> queue(int first, int size) {
        Instant now = clock.instant();
        int pageSize = ResultPage.clampSize(size);
        long total = em.createQuery("SELECT COUNT(p) FROM Petition p WHERE p.state = :state", Long.class)
                .setParameter("state", PetitionState.MODERATION)
                .getSingleResult();
        List<ModerationItem> items = em.createQuery("""
                        SELECT p FROM Petition p JOIN FETCH p.body JOIN FETCH p.topic JOIN FETCH p.author
                        WHERE p.state = :state ORDER BY p.moderationAt, p.id""", Petition.class)
                .setParameter("state", PetitionState.MODERATION)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(pageSize)
                .getResultStream()
                .map(p -> item(p, now))
                .toList();
        return new ResultPage<>(items, total, Math.max(0, first), pageSize);
    }

    ModerationItem item(Petition petition, Instant now) {
        Duration waiting = Duration.between(petition.getModerationAt(), now);
        ModerationItem.Urgency urgency = waiting.compareTo(Duration.ofDays(overdueDays)) >= 0
                ? ModerationItem.Urgency.OVERDUE
                : waiting.compareTo(Duration.ofDays(nearlyOverdueDays)) >= 0
                ? ModerationItem.Urgency.NEARLY_OVERDUE : ModerationItem.Urgency.ON_TIME;
        return new ModerationItem(petition, waiting.isNegative() ? Duration.ZERO : waiting, urgency);
    }

    /** Opens the petition for signatures; thresholds its sponsors already reached are claimed at once. */
    public PetitionStatus approve(PetitionNumber number, long version) {
        Petition petition = current(number, version);
        Instant now = clock.instant();
        petition.approve(myAccount.me(), now);
        timeline.record(petition, EventKind.OPENED, now, null, null);
        authorMail.tell(petition, "mail.petition.approved");
        em.flush();
        thresholdActions.reached(milestones.claimReached(List.of(petition.getId()), now), now);
        return PetitionStatus.of(petition, false);
    }

    /** Rejects with a reason; a duplicate names the petition it duplicates. */
    public PetitionStatus reject(PetitionNumber number, long version, RejectionReason reason, String note,
                       PetitionNumber duplicateOf) {
        Petition petition = current(number, version);
        Petition duplicate = duplicateOf == null ? null : em.find(Petition.class, duplicateOf.value());
        if (duplicateOf != null && (duplicate == null || !duplicate.isTextPublic())) {
            throw new UnknownPetition(duplicateOf.toString());
        }
        Instant now = clock.instant();
        Account moderator = myAccount.me();
        petition.reject(reason, note, duplicate, moderator, now);
        timeline.record(petition, EventKind.REJECTED, now, reason.name(), null);
        authorMail.tell(petition, "mail.petition.rejected",
                petition.getRejectionNote() == null ? "" : petition.getRejectionNote());
        em.flush();
        return PetitionStatus.of(petition, false);
    }

    /** Invalidates the matching valid signatures; the count drops by exactly as many within seconds. */
    public Invalidation invalidate(PetitionNumber number, InvalidationPattern pattern) {
        Petition petition = em.find(Petition.class, number.value());
        if (petition == null) {
            throw new UnknownPetition(number.toString());
        }
        Instant now = clock.instant();
        Invalidation invalidation = new Invalidation(petition.getId(), pattern, myAccount.me().getId(), now);
        em.persist(invalidation);
        em.flush();
        int removed = ledger.invalidate(petition.getId(), invalidation.getId(), pattern.ip(), pattern.domain(),
                pattern.from(), pattern.until());
        invalidation.removed(removed);
        timeline.record(petition, EventKind.SIGNATURES_INVALIDATED, now, pattern.reason(), removed);
        return invalidation;
    }

    public List<Invalidation> invalidations(PetitionNumber number) {
        return em.createQuery("SELECT i FROM Invalidation i WHERE i.petitionId = :id ORDER BY i.createdAt DESC",
                        Invalidation.class)
                .setParameter("id", number.value())
                .getResultList();
    }

    private Petition current(PetitionNumber number, long version) {
        Petition petition = em.find(Petition.class, number.value());
        if (petition == null) {
            throw new UnknownPetition(number.toString());
        }
        em.refresh(petition);
        if (petition.getVersion() != version) {
            throw new ChangedMeanwhile();
        }
        return petition;
    }
}
