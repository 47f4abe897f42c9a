package org.civicvoice.participation.petition.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.petition.control.Followers;
import org.civicvoice.participation.petition.control.PetitionTimeline;
import org.civicvoice.participation.petition.entity.EventKind;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.routing.entity.CaseEventKind;
import org.civicvoice.participation.routing.entity.CaseStepMade;
import org.civicvoice.participation.routing.entity.HearingOutcome;
import org.civicvoice.participation.routing.entity.ItemKind;

import java.util.Optional;

/**
 * What happens to a petition after its threshold, on its public timeline: routing's public steps arrive as
 * {@link CaseStepMade} in the transaction that made them. An answer, a hearing and the committee's outcome are
 * also sent to the signers who asked to hear and to the author.
 */
@Stateless
@PermitAll
public class PetitionFollowUp {

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionTimeline timeline;

    @Inject
    Followers followers;

    public void caseStep(@Observes CaseStepMade step) {
        if (step.item().kind() != ItemKind.PETITION) {
            return;
        }
        Petition petition = em.find(Petition.class, step.item().id());
        if (petition == null) {
            return;
        }
        EventKind kind = step.kind() == CaseEventKind.CLOSED ? EventKind.CASE_CLOSED : EventKind.valueOf(step.kind().name());
        timeline.record(petition, kind, step.at(), describe(step), null);
        switch (step.kind()) {
            case ANSWERED -> {
                petition.answered(step.at());
                followers.announce(petition, "mail.petition.answered", "mail.petition.answered", step.bodyName());
            }
            case HEARING_SCHEDULED -> followers.announce(petition, "mail.petition.hearing", "mail.petition.hearing",
                    step.detail());
            case OUTCOME_RECORDED -> {
                petition.answered(step.at());
                Optional<HearingOutcome> outcome = HearingOutcome.in(step.detail());
                followers.announce(petition, "mail.petition.outcome", "mail.petition.outcome",
                        outcome.map(Enum::ordinal).orElse(-1),
                        outcome.map(o -> o.summaryOf(step.detail())).orElse(step.detail()));
            }
            default -> {
            }
        }
    }

    /** The body concerned, and the reason, hearing, outcome or commitment; the answer itself has its own section. */
    private static String describe(CaseStepMade step) {
        String body = step.bodyName() == null ? "" : step.bodyName();
        return switch (step.kind()) {
            case TRANSFERRED, HEARING_SCHEDULED, OUTCOME_RECORDED, COMMITMENT_MADE, COMMITMENT_DONE, COMMITMENT_DROPPED,
                 COMMITMENT_OVERDUE ->
                    step.detail() == null ? body : body + ": " + step.detail();
            default -> body.isEmpty() ? null : body;
        };
    }
}
