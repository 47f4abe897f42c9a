package org.civicvoice.participation.proposal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.civicvoice.participation.routing.boundary.CaseTypeRegistration;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.CaseTypeDefinition;
import org.civicvoice.participation.routing.entity.ItemKind;
import org.civicvoice.participation.routing.entity.ItemRef;

import java.util.List;

/**
 * The case proposals ask routing for: the addressed body's answer to a published proposal (or to one forwarded by
 * a call), due by default in 20 working days, about four weeks, unless a body's own deadline says otherwise.
 */
@ApplicationScoped
public class ProposalCaseTypes implements CaseTypeRegistration {

    public static final ItemKind PROPOSAL_ITEM = ItemKind.of("PROPOSAL");
    public static final CaseType ANSWER = CaseType.of("PROPOSAL");

    /** How routing names the proposal. */
    public static ItemRef item(long proposalId) {
        return new ItemRef(PROPOSAL_ITEM, proposalId);
    }

    @Override
    public List<CaseTypeDefinition> caseTypes() {
        return List.of(new CaseTypeDefinition(ANSWER, PROPOSAL_ITEM, "proposal.caseType.PROPOSAL", 20, 3, 5));
    }
}
