package org.civicvoice.participation.budget.control;

import org.civicvoice.participation.budget.entity.BallotKind;
import org.civicvoice.participation.budget.entity.BallotRefused;
import org.civicvoice.participation.budget.entity.BallotRules;

/**
 * The limits of a ballot, checked on the server for every change: a money ballot stays within the heading's amount,
 * an approval ballot within its number of choices, both within the maximum number of projects. The minimums
 * (number of projects, share of the money) are not refusals while a voter builds a ballot: a ballot below them
 * is kept but does not count, and the ballot page says so.
 */
public final class BallotLimits {

    private BallotLimits() {
    }

    public static void check(BallotRules rules, long amount, long cost, int projects) {
        if (rules.kind() == BallotKind.MONEY && cost > amount) {
            throw new BallotRefused("budget.ballot.overBudget", cost, amount);
        }
        if (rules.kind() == BallotKind.APPROVAL && projects > rules.maxChoices()) {
            throw new BallotRefused("budget.ballot.tooManyChoices", rules.maxChoices());
        }
        if (rules.maxProjects() != null && projects > rules.maxProjects()) {
            throw new BallotRefused("budget.ballot.tooManyProjects", rules.maxProjects());
        }
    }

    /** Whether a ballot meets the minimums, so that it counts. */
    public static boolean counts(BallotRules rules, long amount, long cost, int projects) {
        if (projects == 0 || projects < rules.minProjects()) {
            return false;
        }
        return rules.kind() != BallotKind.MONEY || cost * 100 >= (long) rules.minSharePercent() * amount;
    }
}
