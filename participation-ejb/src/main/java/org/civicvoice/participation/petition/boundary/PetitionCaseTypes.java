package org.civicvoice.participation.petition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.routing.boundary.CaseTypeRegistration;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.CaseTypeDefinition;
import org.civicvoice.participation.routing.entity.ItemKind;
import org.civicvoice.participation.routing.entity.ItemRef;

import java.util.List;

/**
 * The cases petitions ask routing for: a response from the body (or the government) when a response threshold is
 * reached, and the petitions committee's review at the parliament threshold.
 */
@ApplicationScoped
public class PetitionCaseTypes implements CaseTypeRegistration {

    public static final ItemKind PETITION = ItemKind.of("PETITION");
    public static final CaseType RESPONSE = CaseType.of("PETITION_RESPONSE");
    public static final CaseType PARLIAMENT_REVIEW = CaseType.of("PARLIAMENT_REVIEW");

    /** How routing names the petition. */
    public static ItemRef item(PetitionNumber number) {
        return new ItemRef(PETITION, number.value());
    }

    public static ItemRef item(long petitionId) {
        return new ItemRef(PETITION, petitionId);
    }

    @Override
    public List<CaseTypeDefinition> caseTypes() {
        return List.of(
                new CaseTypeDefinition(RESPONSE, PETITION, "petition.caseType.PETITION_RESPONSE", 20, 3, 5),
                new CaseTypeDefinition(PARLIAMENT_REVIEW, PETITION, "petition.caseType.PARLIAMENT_REVIEW", 40, 5, 10));
    }
}
