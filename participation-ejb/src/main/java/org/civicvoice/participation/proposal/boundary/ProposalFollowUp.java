package org.civicvoice.participation.proposal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.proposal.control.ProposalFollowers;
import org.civicvoice.participation.proposal.control.ProposalTimeline;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.proposal.entity.ProposalState;
import org.civicvoice.participation.routing.entity.CaseEventKind;
import org.civicvoice.participation.routing.entity.CaseStepMade;
import org.civicvoice.participation.shared.BodyName;

/**
 * What happens to a proposal at its body, on its public timeline: routing hands each public step of the proposal's
 * case over once, after the step's transaction committed ({@link CaseStepMade}); it is stored as
 * {@code proposal.timeline.<KIND>} with the body's name, once per step. An answer marks the proposal answered and
 * is mailed to its followers.
 */
@Stateless
@PermitAll
public class ProposalFollowUp {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProposalTimeline timeline;

    @Inject
    ProposalFollowers followers;

    public void caseStep(@Observes CaseStepMade step) {
        if (step.item() == null || !ProposalCaseTypes.PROPOSAL_ITEM.equals(step.item().kind()) || !step.kind().isPublic()) {
            return;
        }
        Proposal proposal = em.find(Proposal.class, step.item().id());
        if (proposal == null) {
            return;
        }
        Object body = step.bodyName() == null ? "" : step.bodySlug() == null ? step.bodyName()
                : new BodyName(step.bodySlug(), step.bodyName());
        if (!timeline.recordCaseStep(proposal.getId(), step.kind().name(), step.at(), step.step(), body)) {
            return;
        }
        if (step.kind() == CaseEventKind.ANSWERED) {
            if (proposal.getState() == ProposalState.PUBLISHED || proposal.getState() == ProposalState.ANSWERED) {
                proposal.answered(step.at());
            }
            followers.announce(proposal, "mail.proposal.answered", body);
        }
    }
}
