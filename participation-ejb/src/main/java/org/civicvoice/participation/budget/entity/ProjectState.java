package org.civicvoice.participation.budget.entity;

/** A project as proposed, found feasible (it goes on the ballot) or not, or merged into another one. */
public enum ProjectState {
    PROPOSED, FEASIBLE, UNFEASIBLE, MERGED
}
