package org.civicvoice.participation.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.budget.boundary.BudgetProcesses;
import org.civicvoice.participation.budget.boundary.ProjectProposals;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.ProcessView;
import org.civicvoice.participation.budget.entity.ProjectDraft;
import org.civicvoice.participation.budget.entity.UnknownBudgetItem;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.platform.web.Postback;

import java.util.List;

/** {@code budget/propose.xhtml?slug=s}: a verified citizen proposes a project for a heading of the budget. */
@Named
@RequestScoped
public class BudgetProposePage {

    @Inject
    BudgetProcesses processes;

    @Inject
    ProjectProposals proposals;

    @Inject
    Regions regions;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    Postback postback;

    private String slug;
    private ProcessView view;
    private String heading;
    private String title;
    private String description;
    private String region;
    private Long cost;

    public void load() {
        try {
            getView();
        } catch (UnknownBudgetItem e) {
            navigation.notFound();
        }
    }

    public void propose() {
        try {
            String process = getView().process().getSlug();
            BudgetProject project = proposals.propose(process, new ProjectDraft(heading, title, description, region, null,
                    null, cost == null ? 0 : cost));
            messages.info("budget.propose.done");
            navigation.redirect("/budget/process.xhtml?slug=" + process + "#project-" + project.getId());
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public List<Region> getRegions() {
        return regions.all();
    }

    public int getTitleLength() {
        return BudgetProject.TITLE_LENGTH;
    }

    public int getDescriptionLength() {
        return BudgetProject.DESCRIPTION_LENGTH;
    }

    /** The process; on the form's post its short name comes from the form (see {@link BudgetProcessPage#getView}). */
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

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Long getCost() {
        return cost;
    }

    public void setCost(Long cost) {
        this.cost = cost;
    }
}
