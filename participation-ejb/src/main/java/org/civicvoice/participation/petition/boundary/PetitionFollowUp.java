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
import org.civicvoice.participation.routing.entity.CaseStepMade;
import org.civicvoice.participation.shared.BodyName;
import org.civicvoice.participation.shared.KeyedText;

/**
 * What happens to a petition after its threshold, on its public timeline: routing hands each public step of the
 * petition's cases over once, after the step's transaction committed, and this records it in the transaction of
 * the hand-over (a step handed over again is recorded once). An answer, a hearing and the committee's outcome are
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
        if (!PetitionCaseTypes.PETITION.equals(step.item().kind())) {
            return;
        }
        EventKind kind = timelineKind(step);
        Petition petition = em.find(Petition.class, step.item().id());
        if (kind == null || petition == null) {
            return;
        }
        KeyedText explanation = step.explanation() != null ? step.explanation()
                : step.bodyName() == null ? null : KeyedText.of("petition.step.body", step.bodySlug() == null
                ? step.bodyName() : new BodyName(step.bodySlug(), step.bodyName()));
        String detail = kind == EventKind.ANSWERED ? null : step.text();
        if (!timeline.recordStep(petition, kind, step.at(), explanation, detail, step.step())) {
            return;
        }
        switch (kind) {
            case ANSWERED -> {
                petition.answered(step.at());
                followers.announce(petition, "mail.petition.answered", "mail.petition.answered",
                        step.bodySlug() == null ? step.bodyName() : new BodyName(step.bodySlug(), step.bodyName()));
            }
            case HEARING_SCHEDULED -> followers.announce(petition, "mail.petition.hearing", "mail.petition.hearing",
                    step.text());
            case OUTCOME_RECORDED -> {
                petition.answered(step.at());
                followers.announce(petition, "mail.petition.outcome", "mail.petition.outcome",
                        step.explanation() == null ? "" : step.explanation(), step.text() == null ? "" : step.text());
            }
            default -> {
            }
        }
    }

    /** The timeline's step for a public case step; none for a step the timeline does not show. */
    private static EventKind timelineKind(CaseStepMade step) {
        return switch (step.kind()) {
            case ROUTED -> EventKind.ROUTED;
            case TRANSFERRED -> EventKind.TRANSFERRED;
            case ESCALATED -> EventKind.ESCALATED;
            case ANSWERED -> EventKind.ANSWERED;
            case HEARING_SCHEDULED -> EventKind.HEARING_SCHEDULED;
            case OUTCOME_RECORDED -> EventKind.OUTCOME_RECORDED;
            case COMMITMENT_MADE -> EventKind.COMMITMENT_MADE;
            case COMMITMENT_DONE -> EventKind.COMMITMENT_DONE;
            case COMMITMENT_DROPPED -> EventKind.COMMITMENT_DROPPED;
            case COMMITMENT_OVERDUE -> EventKind.COMMITMENT_OVERDUE;
            case CLOSED -> EventKind.CASE_CLOSED;
            default -> null;
        };
    }
}
