package org.civicvoice.participation.budget.entity;

/** A reviewer's decision on a project: feasible (at the estimated or a corrected cost) or not, with the reason. */
public record FeasibilityDecision(boolean feasible, Long correctedCost, String reason) {
}
