package org.civicvoice.participation.budget.entity;

/**
 * How the winners of a heading are found: {@code GREEDY} selects by votes while money remains, skipping a project
 * that no longer fits; {@code EQUAL_SHARES} is the Method of Equal Shares (cost utilities) with the Add1 completion.
 */
public enum ResultRule {
    GREEDY, EQUAL_SHARES
}
