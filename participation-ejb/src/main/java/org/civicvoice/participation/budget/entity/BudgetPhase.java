package org.civicvoice.participation.budget.entity;

/**
 * The phases of a budget process, in order: citizens propose projects, the body reviews their feasibility,
 * citizens vote, the results are published, and the winning projects are carried out.
 */
public enum BudgetPhase {
    PROPOSALS, REVIEW, VOTING, RESULTS, EXECUTION;

    /** The phase after this one, or null after the last. */
    public BudgetPhase next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
