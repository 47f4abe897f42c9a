package org.civicvoice.participation.budget.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.civicvoice.participation.budget.control.BudgetLookup;
import org.civicvoice.participation.budget.entity.AlreadySupportedProject;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.Heading;
import org.civicvoice.participation.budget.entity.InvalidBudgetInput;
import org.civicvoice.participation.budget.entity.ProjectDraft;
import org.civicvoice.participation.budget.entity.ProjectState;
import org.civicvoice.participation.budget.entity.WrongBudgetPhase;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.routing.boundary.CaseRouting;
import org.civicvoice.participation.routing.entity.CaseRequest;
import org.civicvoice.participation.shared.Constraints;
import org.civicvoice.participation.shared.Roles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Citizens with a verified identity propose projects while a process accepts proposals, and support the ones
 * they want (one support per person, an exact count). Each project asks routing for the body's feasibility
 * review in the same transaction; routing opens the case after commit.
 */
@Stateless
@RolesAllowed(Roles.VERIFIED)
public class ProjectProposals {

    static final String SUPPORT_KEY = "PRIMARY";

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetLookup lookup;

    @Inject
    MyAccount myAccount;

    @Inject
    Regions regions;

    @Inject
    CaseRouting caseRouting;

    @Inject
    Clock clock;

    public BudgetProject propose(String processSlug, ProjectDraft draft) {
        BudgetProcess process = lookup.process(processSlug);
        if (process.getPhase() != BudgetPhase.PROPOSALS) {
            throw new WrongBudgetPhase("budget.propose.closed");
        }
        if (draft == null) {
            throw new InvalidBudgetInput("budget.input.title", 5, BudgetProject.TITLE_LENGTH);
        }
        Heading heading = lookup.heading(process, draft.headingSlug());
        Region region = null;
        if (draft.regionCode() != null && !draft.regionCode().isBlank()) {
            region = regions.byCode(draft.regionCode().strip())
                    .orElseThrow(() -> new InvalidBudgetInput("budget.input.region"));
        }
        Account author = myAccount.me();
        Instant now = clock.instant();
        BudgetProject project = new BudgetProject(process, heading, "new-" + UUID.randomUUID(), draft.title(),
                draft.description(), author.getLanguage(), region, draft.latitude(), draft.longitude(),
                draft.estimatedCost(), author, now);
        em.persist(project);
        em.flush();
        project.numbered();
        caseRouting.request(new CaseRequest(BudgetCaseTypes.FEASIBILITY, BudgetCaseTypes.item(project.getId()),
                project.getTitle(), "/budget/process.xhtml?slug=" + process.getSlug() + "#project-" + project.getId(),
                null, region == null ? (heading.getRegion() == null ? null : heading.getRegion().getCode())
                : region.getCode(), process.getBody().getSlug()));
        return project;
    }

    /** One support per person while proposals are accepted; a second is refused by the unique key. */
    public void support(long projectId) {
        BudgetProject project = lookup.project(projectId);
        if (project.getProcess().getPhase() != BudgetPhase.PROPOSALS || project.getState() == ProjectState.MERGED
                || project.getState() == ProjectState.UNFEASIBLE) {
            throw new WrongBudgetPhase("budget.support.closed");
        }
        Account me = myAccount.me();
        try {
            em.createNativeQuery("INSERT INTO bud_support (project_id, account_id, created_at) VALUES (?, ?, ?)")
                    .setParameter(1, projectId)
                    .setParameter(2, me.getId())
                    .setParameter(3, Timestamp.from(clock.instant()))
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, SUPPORT_KEY) || Constraints.isUniqueViolation(e, "uq_bud_support")) {
                throw new AlreadySupportedProject("budget.support.already");
            }
            throw e;
        }
        em.createNativeQuery("UPDATE bud_project SET supports = supports + 1 WHERE id = ?")
                .setParameter(1, projectId)
                .executeUpdate();
    }
}
