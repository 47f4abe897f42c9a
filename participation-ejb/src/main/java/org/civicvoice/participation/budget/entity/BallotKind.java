package org.civicvoice.participation.budget.entity;

/**
 * How a voter fills a ballot: {@code MONEY} chooses projects whose costs together fit the heading's amount (a
 * knapsack ballot), {@code APPROVAL} chooses up to a number of projects.
 */
public enum BallotKind {
    MONEY, APPROVAL
}
