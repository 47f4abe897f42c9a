package org.civicvoice.participation.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.budget.boundary.BallotBox;
import org.civicvoice.participation.budget.entity.BallotView;
import org.civicvoice.participation.budget.entity.UnknownBudgetItem;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.platform.web.Postback;

import java.util.Set;

/**
 * {@code budget/ballot.xhtml?slug=s&heading=h}: a voter's ballot for a heading as a plain form (checkboxes and
 * one button, no script needed on a phone): the money or choices used show as a bar; the server checks the
 * limits on saving, and a refused ballot keeps what was ticked so nothing is lost.
 */
@Named
@RequestScoped
public class BudgetBallotPage {

    @Inject
    BallotBox ballots;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    Postback postback;

    private String slug;
    private String heading;
    private BallotView view;
    private Set<Long> ticked;

    public void load() {
        try {
            getView();
        } catch (UnknownBudgetItem e) {
            navigation.notFound();
        }
    }

    public void save() {
        Set<Long> ids = postback.numbers("project");
        try {
            BallotView saved = ballots.replace(getView().process().getSlug(), getView().heading().getSlug(), ids);
            messages.info(saved.counts() ? "budget.ballot.saved" : "budget.ballot.savedNotCounting");
            navigation.redirect("/budget/ballot.xhtml?slug=" + saved.process().getSlug() + "&heading="
                    + saved.heading().getSlug());
        } catch (RuntimeException e) {
            messages.refused(e);
            ticked = ids;
        }
    }

    /** Ticked on the form: what the voter just sent (when it was refused), else what the ballot holds. */
    public boolean isChosen(long projectId) {
        return ticked != null ? ticked.contains(projectId) : getView().chosen().contains(projectId);
    }

    /** The ballot; on the form's post the names come from the form (see {@link BudgetProcessPage#getView}). */
    public BallotView getView() {
        if (view == null) {
            view = ballots.ballot(postback.parameter(slug, "slug"), postback.parameter(heading, "heading"));
        }
        return view;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }
}
