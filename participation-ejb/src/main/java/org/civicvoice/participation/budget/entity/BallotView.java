package org.civicvoice.participation.budget.entity;

import java.util.List;
import java.util.Set;

/**
 * A voter's ballot for a heading as the ballot page shows it: the projects on the ballot, those chosen, the money
 * (or choices) used and left, and whether the ballot meets the minimums to count.
 */
public record BallotView(BudgetProcess process, Heading heading, List<BudgetProject> projects, Set<Long> chosen,
                         long spent, int choices, boolean counts) {

    public long moneyLeft() {
        return heading.getAmount() - spent;
    }

    /** How much of the ballot's limit is used, per cent: money for a money ballot, choices for an approval one. */
    public int usedPercent() {
        if (process.getBallotKind() == BallotKind.MONEY) {
            return (int) Math.min(100, spent * 100 / heading.getAmount());
        }
        return Math.min(100, choices * 100 / process.getMaxChoices());
    }

    public Integer choicesLeft() {
        return process.getBallotKind() == BallotKind.APPROVAL ? process.getMaxChoices() - choices : null;
    }
}
