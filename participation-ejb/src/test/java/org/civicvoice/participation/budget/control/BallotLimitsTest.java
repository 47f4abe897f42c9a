package org.civicvoice.participation.budget.control;

import org.civicvoice.participation.budget.entity.BallotKind;
import org.civicvoice.participation.budget.entity.BallotRefused;
import org.civicvoice.participation.budget.entity.BallotRules;
import org.civicvoice.participation.budget.entity.InvalidBudgetInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BallotLimitsTest {

    private static final BallotRules MONEY = new BallotRules(BallotKind.MONEY, null, 0, null, 0);

    @Test
    void aMoneyBallotMayUseTheWholeAmountButNotOneUnitMore() {
        assertDoesNotThrow(() -> BallotLimits.check(MONEY, 1000, 1000, 2));
        BallotRefused refused = assertThrows(BallotRefused.class, () -> BallotLimits.check(MONEY, 1000, 1001, 2));
        assertEquals("budget.ballot.overBudget", refused.messageKey());
    }

    @Test
    void anApprovalBallotCountsChoicesNotMoney() {
        BallotRules approval = new BallotRules(BallotKind.APPROVAL, 3, 0, null, 0);
        assertDoesNotThrow(() -> BallotLimits.check(approval, 1000, 5000, 3));
        assertEquals("budget.ballot.tooManyChoices",
                assertThrows(BallotRefused.class, () -> BallotLimits.check(approval, 1000, 10, 4)).messageKey());
    }

    @Test
    void aBallotBelowItsMinimumsIsKeptButDoesNotCount() {
        BallotRules rules = new BallotRules(BallotKind.MONEY, null, 2, 4, 50);
        assertFalse(BallotLimits.counts(rules, 1000, 800, 1), "one project, two needed");
        assertFalse(BallotLimits.counts(rules, 1000, 499, 2), "less than half of the money");
        assertTrue(BallotLimits.counts(rules, 1000, 500, 2));
        assertFalse(BallotLimits.counts(MONEY, 1000, 0, 0), "an empty ballot never counts");
        assertEquals("budget.ballot.tooManyProjects",
                assertThrows(BallotRefused.class, () -> BallotLimits.check(rules, 1000, 900, 5)).messageKey());
    }

    @Test
    void rulesThatCannotBeMetAreRefusedWhenTheProcessIsCreated() {
        assertThrows(InvalidBudgetInput.class, () -> new BallotRules(BallotKind.APPROVAL, null, 0, null, 0));
        assertThrows(InvalidBudgetInput.class, () -> new BallotRules(BallotKind.MONEY, null, 3, 2, 0));
        assertThrows(InvalidBudgetInput.class, () -> new BallotRules(BallotKind.APPROVAL, 3, 0, null, 20));
        assertThrows(InvalidBudgetInput.class, () -> new BallotRules(BallotKind.MONEY, null, 0, null, 101));
    }
}
