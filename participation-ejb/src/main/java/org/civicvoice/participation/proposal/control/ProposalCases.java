package org.civicvoice.participation.proposal.control;

import org.civicvoice.participation.proposal.boundary.ProposalCaseTypes;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.routing.boundary.CaseRouting;
import org.civicvoice.participation.routing.entity.CaseRequest;
import org.civicvoice.participation.routing.entity.ItemRef;

/** The one way proposals talk to routing: asking for a case about a proposal, in the caller's transaction. */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class ProposalCases {

    @Inject
    CaseRouting caseRouting;

    public static ItemRef itemOf(long proposalId) {
        return ProposalCaseTypes.item(proposalId);
    }

    /** Asks {@code addressed} (the proposal's body, or a call's forward body) for an answer to the proposal. */
    public void request(Proposal proposal, Body addressed) {
        long id = proposal.getId();
        caseRouting.request(new CaseRequest(ProposalCaseTypes.ANSWER, itemOf(id), proposal.getTitle(),
                "/proposal/view.xhtml?number=" + id, proposal.getTopic().getSlug(),
                proposal.getRegion() == null ? null : proposal.getRegion().getCode(), addressed.getSlug()));
    }
}
