package org.civicvoice.participation.budget.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BudgetPhaseTest {

    @Test
    void thePhasesFollowEachOtherAndExecutionIsTheLast() {
        assertEquals(BudgetPhase.REVIEW, BudgetPhase.PROPOSALS.next());
        assertEquals(BudgetPhase.VOTING, BudgetPhase.REVIEW.next());
        assertEquals(BudgetPhase.RESULTS, BudgetPhase.VOTING.next());
        assertEquals(BudgetPhase.EXECUTION, BudgetPhase.RESULTS.next());
        assertNull(BudgetPhase.EXECUTION.next());
    }
}
