/**
 * Participatory budget results, computed in pure Java with exact arithmetic ({@link
 * org.civicvoice.participation.budget.control.Fraction}, no floating point): the input is an {@link
 * org.civicvoice.participation.budget.control.Election} (budget, candidates with costs, approval ballots, the seed of
 * the lot), a rule computes an {@link org.civicvoice.participation.budget.control.Outcome} (selected candidates in
 * order, money spent, votes per candidate and the {@link org.civicvoice.participation.budget.control.ComputationStep}s
 * that explain it, as structured fields for a page to render in the reader's language).
 *
 * <ul>
 *   <li>{@link org.civicvoice.participation.budget.control.GreedyRule}: by votes, skipping what no longer fits.</li>
 *   <li>{@link org.civicvoice.participation.budget.control.EqualSharesRule}: the Method of Equal Shares with cost
 *       utilities and the Add1 completion.</li>
 *   <li>{@link org.civicvoice.participation.budget.control.TieBreak}: the one documented order for ties (lower cost,
 *       more votes, then the seeded SHA-256 lot), used by both rules.</li>
 *   <li>{@link org.civicvoice.participation.budget.control.PabulibFile}: reading and writing pabulib.org's
 *       {@code .pb} files.</li>
 * </ul>
 * Nothing here touches the database or the container: the rules are plain classes (CDI beans where injected).
 */
package org.civicvoice.participation.budget.control;
