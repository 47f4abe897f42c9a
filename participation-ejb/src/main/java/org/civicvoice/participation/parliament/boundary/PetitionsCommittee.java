package org.civicvoice.participation.parliament.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.parliament.entity.Hearing;
import org.civicvoice.participation.parliament.entity.HearingOutcome;
import org.civicvoice.participation.petition.boundary.PetitionCaseTypes;
import org.civicvoice.participation.routing.boundary.CaseRouting;
import org.civicvoice.participation.routing.boundary.CaseWork;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseEventKind;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.CaseRequest;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;
import org.civicvoice.participation.shared.KeyedText;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Parliament's petitions committee at work on petitions that reached the parliament threshold, through routing's
 * port like any feature: each review is a routing case of the petition ({@link PetitionCaseTypes#PARLIAMENT_REVIEW}),
 * worked by the committee's officials; hearings are the committee's own, and each hearing and the outcome are
 * public steps of the case that reach the petition and its followers. A referral to a ministry opens a response
 * case there.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
public class PetitionsCommittee {

    public static final int SUMMARY_LENGTH = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseWork work;

    @Inject
    CaseRouting routing;

    @Inject
    GovernmentBodies bodies;

    @Inject
    Clock clock;

    public Hearing scheduleHearing(CaseNumber number, Instant when, String place, String streamUrl) {
        Instant now = clock.instant();
        if (when != null && when.isBefore(now)) {
            throw new InvalidCaseInput("hearing.when");
        }
        Hearing hearing = new Hearing(number, when, place, streamUrl, now);
        String at = WHEN.format(hearing.getScheduledAt().atZone(ZoneOffset.UTC));
        work.recordStep(number, PetitionCaseTypes.PARLIAMENT_REVIEW, CaseEventKind.HEARING_SCHEDULED, null,
                at + (hearing.getPlace() == null ? "" : ", " + hearing.getPlace())
                        + (hearing.getStreamUrl() == null ? "" : ", " + hearing.getStreamUrl()), null, false);
        em.persist(hearing);
        return hearing;
    }

    /** The hearings of a review, the first first. */
    public List<Hearing> hearings(CaseNumber number) {
        work.file(number);
        return em.createQuery("SELECT h FROM Hearing h WHERE h.caseNumber = :n ORDER BY h.scheduledAt, h.id",
                        Hearing.class)
                .setParameter("n", number.value())
                .getResultList();
    }

    /**
     * The committee's outcome: debated, referred to a ministry with a question, rejected with a reason, or led
     * to a law or amendment (with a link to it).
     */
    public void recordOutcome(CaseNumber number, HearingOutcome outcome, String summary, String link,
                              BodySlug referredTo) {
        if (outcome == null) {
            throw new InvalidCaseInput("outcome");
        }
        if (summary == null || summary.isBlank() || summary.strip().length() > SUMMARY_LENGTH) {
            throw new InvalidCaseInput("outcome.summary");
        }
        String cleanLink = link == null || link.isBlank() ? null : link.strip();
        if (cleanLink != null && !Hearing.isWebAddress(cleanLink)) {
            throw new InvalidCaseInput("outcome.link");
        }
        if (outcome == HearingOutcome.LAW_CHANGED && cleanLink == null) {
            throw new InvalidCaseInput("outcome.link");
        }
        if (outcome == HearingOutcome.REFERRED_TO_MINISTRY && referredTo == null) {
            throw new InvalidCaseInput("outcome.referredTo");
        }
        Case review = work.recordStep(number, PetitionCaseTypes.PARLIAMENT_REVIEW, CaseEventKind.OUTCOME_RECORDED,
                outcome.label(), summary.strip() + (cleanLink == null ? "" : " " + cleanLink), referredTo, true);
        if (referredTo != null) {
            Body ministry = bodies.find(referredTo);
            routing.request(new CaseRequest(PetitionCaseTypes.RESPONSE, review.item(), review.getTitle(),
                    review.getItemLink(), null, null, ministry.getSlug(),
                    KeyedText.of("routing.reason.referred", ministry.named(), summary.strip())));
        }
    }
}
