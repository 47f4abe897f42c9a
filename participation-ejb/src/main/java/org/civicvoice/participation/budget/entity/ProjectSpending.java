package org.civicvoice.participation.budget.entity;

/**
 * Where a winning project's money went: its cost, the money its milestones report spent, its progress (the
 * milestones' progress weighted equally) and whether one of its milestones is past its date and not done.
 */
public record ProjectSpending(long projectId, String title, String headingName, long planned, long spent,
                              int progress, int milestones, boolean delayed) {
}
