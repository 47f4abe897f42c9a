package org.civicvoice.participation.budget.entity;

import java.util.List;

/** A process as its public page shows it. */
public record ProcessView(BudgetProcess process, List<Heading> headings, List<BudgetProject> projects,
                          List<TimelineEntry> timeline) {

    /** The projects of one heading, in the view's order. */
    public List<BudgetProject> projectsOf(Heading heading) {
        return projects.stream().filter(p -> p.getHeading().equals(heading)).toList();
    }
}
