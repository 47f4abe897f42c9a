package org.civicvoice.participation.budget.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.civicvoice.participation.routing.boundary.CaseTypeRegistration;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.CaseTypeDefinition;
import org.civicvoice.participation.routing.entity.ItemKind;
import org.civicvoice.participation.routing.entity.ItemRef;

import java.util.List;

/**
 * The case budgets ask routing for: the body's feasibility review of a proposed project, due by default in 15
 * working days (three weeks), so that the review phase can end with every project decided.
 */
@ApplicationScoped
public class BudgetCaseTypes implements CaseTypeRegistration {

    public static final ItemKind PROJECT_ITEM = ItemKind.of("BUDGET_PROJECT");
    public static final CaseType FEASIBILITY = CaseType.of("BUDGET_FEASIBILITY");

    /** How routing names the project. */
    public static ItemRef item(long projectId) {
        return new ItemRef(PROJECT_ITEM, projectId);
    }

    @Override
    public List<CaseTypeDefinition> caseTypes() {
        return List.of(new CaseTypeDefinition(FEASIBILITY, PROJECT_ITEM, "budget.caseType.BUDGET_FEASIBILITY", 15, 3, 5));
    }
}
