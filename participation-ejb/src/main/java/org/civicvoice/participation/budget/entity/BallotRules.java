package org.civicvoice.participation.budget.entity;

import java.util.Objects;

/**
 * The limits of a ballot: a money ballot keeps the chosen projects' costs within the heading's amount (and, when
 * {@code minSharePercent} is set, uses at least that share of it); an approval ballot chooses up to
 * {@code maxChoices} projects. Both may ask for a minimum and a maximum number of projects.
 */
public record BallotRules(BallotKind kind, Integer maxChoices, int minProjects, Integer maxProjects,
                          int minSharePercent) {

    public BallotRules {
        Objects.requireNonNull(kind, "kind");
        if (kind == BallotKind.APPROVAL && (maxChoices == null || maxChoices < 1)) {
            throw new InvalidBudgetInput("budget.input.maxChoices");
        }
        if (kind == BallotKind.MONEY) {
            maxChoices = null;
        }
        if (minProjects < 0 || (maxProjects != null && maxProjects < Math.max(1, minProjects))) {
            throw new InvalidBudgetInput("budget.input.projectLimits");
        }
        if (minSharePercent < 0 || minSharePercent > 100 || (kind == BallotKind.APPROVAL && minSharePercent > 0)) {
            throw new InvalidBudgetInput("budget.input.minShare");
        }
    }
}
