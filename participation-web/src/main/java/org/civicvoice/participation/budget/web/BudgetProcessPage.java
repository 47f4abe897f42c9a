package org.civicvoice.participation.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.budget.boundary.BudgetProcesses;
import org.civicvoice.participation.budget.boundary.FeasibilityReview;
import org.civicvoice.participation.budget.boundary.ProjectProposals;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.FeasibilityDecision;
import org.civicvoice.participation.budget.entity.ProcessView;
import org.civicvoice.participation.budget.entity.TimelineEntry;
import org.civicvoice.participation.budget.entity.UnknownBudgetItem;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.platform.web.Postback;

import java.util.List;

/**
 * {@code budget/process.xhtml?slug=s}: a budget for everyone: its phases, headings and projects with their
 * review, supports and the timeline. Signed-in citizens support projects here; the body's reviewers decide on
 * proposed projects (the boundary checks the body). Anonymous readers get no session.
 */
@Named
@RequestScoped
public class BudgetProcessPage {

    @Inject
    BudgetProcesses processes;

    @Inject
    ProjectProposals proposals;

    @Inject
    FeasibilityReview review;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    Postback postback;

    @Inject
    HttpServletRequest request;

    private String slug;
    private ProcessView view;

    public void load() {
        try {
            view = processes.view(slug);
        } catch (UnknownBudgetItem e) {
            navigation.notFound();
        }
    }

    /** The form's project (a plain field of the form that was sent). */
    private long project() {
        return number(request.getParameter("project"), 0L);
    }

    public void support() {
        act(() -> proposals.support(project()), "budget.process.supported");
    }

    public void decide() {
        boolean feasible = !"no".equals(request.getParameter("feasible"));
        String cost = request.getParameter("cost");
        Long corrected = cost == null || cost.isBlank() ? null : number(cost.strip(), -1L);
        act(() -> review.decide(project(), new FeasibilityDecision(feasible, corrected, request.getParameter("reason"))),
                "budget.process.reviewed");
    }

    private static long number(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
            navigation.redirect("/budget/process.xhtml?slug=" + getView().process().getSlug());
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public List<BudgetPhase> getPhases() {
        return List.of(BudgetPhase.values());
    }

    /** Whether the phase is over (before the current one). */
    public boolean past(BudgetPhase phase) {
        return phase.ordinal() < getView().process().getPhase().ordinal();
    }

    public boolean isProposing() {
        return getView() != null && getView().process().getPhase() == BudgetPhase.PROPOSALS;
    }

    public boolean isVoting() {
        return getView() != null && getView().process().getPhase() == BudgetPhase.VOTING;
    }

    public boolean isPublished() {
        return getView() != null && getView().process().getPhase().ordinal() >= BudgetPhase.RESULTS.ordinal();
    }

    public boolean isReviewing() {
        return getView() != null && getView().process().getPhase().ordinal() <= BudgetPhase.REVIEW.ordinal();
    }

    public List<TimelineEntry> getTimeline() {
        return getView() == null ? List.of() : getView().timeline();
    }

    public String text(TimelineEntry entry) {
        return messages.keyed(entry.text());
    }

    /**
     * The process, loaded once per request; on a form's post the short name comes from the form itself, as the
     * view parameter is set only after the form's parts were decoded.
     */
    public ProcessView getView() {
        String named = postback.parameter(slug, "slug");
        if (view == null && named != null) {
            view = processes.view(named);
        }
        return view;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
