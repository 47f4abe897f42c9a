package org.civicvoice.participation.routing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.petition.boundary.PetitionCaseTypes;
import org.civicvoice.participation.routing.control.CaseHistory;
import org.civicvoice.participation.routing.control.CaseLookup;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseEventKind;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.CaseRequest;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.Hearing;
import org.civicvoice.participation.routing.entity.HearingOutcome;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;
import org.civicvoice.participation.routing.entity.WrongCaseState;
import org.civicvoice.participation.shared.KeyedText;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The petitions committee's work on petitions that reached the parliament threshold: hearings and outcomes,
 * each a public step that signers who opted in hear of. A referral to a ministry opens a response case there.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
public class PetitionsCommittee {

    public static final int SUMMARY_LENGTH = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseLookup lookup;

    @Inject
    CaseRouting routing;

    @Inject
    CaseHistory history;

    @Inject
    Clock clock;

    public Hearing scheduleHearing(CaseNumber number, Instant when, String place, String streamUrl) {
        Case review = review(number);
        Account member = lookup.actor(review, CaseLookup.ANSWERING);
        Instant now = clock.instant();
        if (when != null && when.isBefore(now)) {
            throw new InvalidCaseInput("hearing.when");
        }
        Hearing hearing = new Hearing(review, when, place, streamUrl, now);
        em.persist(hearing);
        if (review.getState() != org.civicvoice.participation.routing.entity.CaseState.IN_PROGRESS) {
            review.startWork();
        }
        String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(when.atZone(ZoneOffset.UTC));
        history.record(review, CaseEventKind.HEARING_SCHEDULED, now, member, review.getBody(),
                at + (hearing.getPlace() == null ? "" : ", " + hearing.getPlace())
                        + (hearing.getStreamUrl() == null ? "" : ", " + hearing.getStreamUrl()));
        return hearing;
    }

    /**
     * The committee's outcome: debated, referred to a ministry with a question, rejected with a reason, or led
     * to a law or amendment (with a link to it).
     */
    public void recordOutcome(CaseNumber number, HearingOutcome outcome, String summary, String link,
                              BodySlug referredTo) {
        Case review = review(number);
        Account member = lookup.actor(review, CaseLookup.ANSWERING);
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
        Instant now = clock.instant();
        review.decided(now);
        Body ministry = referredTo == null ? null : lookup.body(referredTo.value());
        history.record(review, CaseEventKind.OUTCOME_RECORDED, now, member, ministry == null ? review.getBody() : ministry,
                outcome.label(), summary.strip() + (cleanLink == null ? "" : " " + cleanLink));
        if (ministry != null) {
            routing.openFor(new CaseRequest(PetitionCaseTypes.RESPONSE, review.item(), review.getTitle(),
                    review.getItemLink(), null, null, ministry.getSlug()), ministry,
                    KeyedText.of("routing.reason.referred", ministry.getName(), summary.strip()));
        }
    }

    private Case review(CaseNumber number) {
        Case review = lookup.load(number);
        if (!PetitionCaseTypes.PARLIAMENT_REVIEW.equals(review.getType())) {
            throw new WrongCaseState(review.getType().name());
        }
        if (!review.getState().isOpen()) {
            throw new WrongCaseState(review.getState().name());
        }
        return review;
    }
}
