package org.civicvoice.participation.budget.entity;

/** Where a milestone of a winning project stands. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
