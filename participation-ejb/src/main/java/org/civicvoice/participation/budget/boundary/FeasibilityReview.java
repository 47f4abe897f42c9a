package org.civicvoice.participation.budget.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.budget.control.BudgetLookup;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.FeasibilityDecision;
import org.civicvoice.participation.budget.entity.InvalidBudgetInput;
import org.civicvoice.participation.budget.entity.WrongBudgetPhase;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.routing.boundary.CaseRouting;
import org.civicvoice.participation.routing.boundary.CaseWork;
import org.civicvoice.participation.routing.entity.CaseEventKind;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.shared.KeyedText;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Instant;

/**
 * The body's review of proposed projects, worked as routing cases: the reviewer decides feasible (possibly at a
 * corrected cost, with the reason) or unfeasible (with the published reason), which answers the project's case
 * on its public trace; a duplicate is merged into the project kept, whose authors then include the duplicate's.
 * Decisions are taken until voting starts; the project row is locked, so two reviewers decide one after the other.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
public class FeasibilityReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetLookup lookup;

    @Inject
    CaseRouting caseRouting;

    @Inject
    CaseWork caseWork;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public BudgetProject decide(long projectId, FeasibilityDecision decision) {
        if (decision == null) {
            throw new InvalidBudgetInput("budget.review.decision");
        }
        BudgetProject project = reviewable(projectId);
        Instant now = clock.instant();
        KeyedText explanation;
        if (decision.feasible()) {
            project.feasible(decision.correctedCost(), decision.reason(), now);
            explanation = KeyedText.of("budget.review.explained.feasible", project.getCost(),
                    project.getProcess().getCurrency());
        } else {
            project.unfeasible(decision.reason(), now);
            explanation = KeyedText.of("budget.review.explained.unfeasible");
        }
        answerCase(project, explanation, project.getReviewReason());
        tellAuthor(project, decision.feasible() ? "mail.budget.feasible" : "mail.budget.unfeasible");
        return project;
    }

    /** The author waits for the decision: a mail in their language, with the reason and the link to the project. */
    private void tellAuthor(BudgetProject project, String key) {
        Account author = project.getAuthor();
        if (author == null || !author.isActive() || author.getEmail() == null) {
            return;
        }
        outbox.queue(author.getEmail(), author.getLanguage(), key, project.getTitle(),
                project.getReviewReason() == null ? "" : project.getReviewReason(),
                outbox.link("/budget/process.xhtml?slug=" + project.getProcess().getSlug() + "#project-"
                        + project.getId()));
    }

    /** The duplicate leaves the ballot and links to the project kept; both authors stay named. */
    public void merge(long duplicateId, long keptId) {
        BudgetProject duplicate = reviewable(duplicateId);
        BudgetProject kept = lookup.lockedProject(keptId);
        duplicate.mergeInto(kept, clock.instant());
        for (Long author : new Long[] {kept.getAuthor() == null ? null : kept.getAuthor().getId(),
                duplicate.getAuthor() == null ? null : duplicate.getAuthor().getId()}) {
            if (author != null) {
                em.createNativeQuery("INSERT IGNORE INTO bud_project_author (project_id, account_id) VALUES (?, ?)")
                        .setParameter(1, kept.getId()).setParameter(2, author).executeUpdate();
            }
        }
        answerCase(duplicate, KeyedText.of("budget.review.explained.merged", kept.getTitle(), kept.getId()), null);
    }

    private BudgetProject reviewable(long projectId) {
        BudgetProject project = lookup.lockedProject(projectId);
        lookup.official(project.getProcess());
        BudgetPhase phase = project.getProcess().getPhase();
        if (phase != BudgetPhase.PROPOSALS && phase != BudgetPhase.REVIEW) {
            throw new WrongBudgetPhase("budget.review.closed");
        }
        return project;
    }

    /**
     * Answers the project's case on its public trace. Routing opens the case a moment after the project was
     * proposed; a decision before that is refused so that no case stays open with its project decided.
     */
    private void answerCase(BudgetProject project, KeyedText explanation, String text) {
        CaseNumber number = caseRouting.caseOf(BudgetCaseTypes.FEASIBILITY, BudgetCaseTypes.item(project.getId()))
                .orElseThrow(() -> new WrongBudgetPhase("budget.review.notRouted"));
        caseWork.recordStep(number, BudgetCaseTypes.FEASIBILITY, CaseEventKind.ANSWERED, explanation, text, null,
                true);
    }
}
