package org.civicvoice.participation.budget.control;

import java.math.BigInteger;
import java.util.List;

/**
 * One thing a rule did, as structured fields (no sentences: a page renders them in the reader's language). Fields
 * that do not apply to a kind are {@code null} (or empty lists).
 *
 * <ul>
 *   <li>{@code kind}: what happened.</li>
 *   <li>{@code round}: the greedy rule counts the candidates it looks at in order (1, 2, ...); equal shares counts
 *       its rounds (round r selects the r-th project; a candidate found unaffordable is reported in the round in
 *       which the rule found it); completion steps carry the number of the increment (0 is the plain run).</li>
 *   <li>{@code candidateId}: the candidate concerned (for {@link Kind#TIE_BROKEN} the one that won).</li>
 *   <li>{@code cost}: the candidate's cost; for completion steps the cost of that increment's outcome.</li>
 *   <li>{@code spent}: the money spent by the selections so far, after this step.</li>
 *   <li>{@code rho}: equal shares: the price per unit of utility ρ the supporters paid (with cost utilities, a
 *       supporter with enough money pays ρ × cost; one with less pays all they have).</li>
 *   <li>{@code perVoterBudget}: equal shares: the money each voter started the run with (budget / voters, plus the
 *       completion's increments).</li>
 *   <li>{@code payments}: equal shares, {@link Kind#SELECTED}: what the supporters paid, grouped by amount, largest
 *       first.</li>
 *   <li>{@code moneyLeft}: equal shares, {@link Kind#SELECTED}: the money each voter has left after the round,
 *       grouped by amount (all voters, supporters or not), smallest first.</li>
 *   <li>{@code tiedWith}, {@code decidedBy}: {@link Kind#TIE_BROKEN}: the candidates that were equal to the winner,
 *       in the tie-break order, and the rule of {@link TieBreak} that put the winner before the first of them.</li>
 *   <li>{@code stopReason}: {@link Kind#COMPLETION_STOPPED}: why the completion stopped.</li>
 * </ul>
 */
public record ComputationStep(Kind kind, int round, String candidateId, BigInteger cost, BigInteger spent,
                              Fraction rho, Fraction perVoterBudget, List<VoterShare> payments,
                              List<VoterShare> moneyLeft, List<String> tiedWith, TieBreak.Criterion decidedBy,
                              StopReason stopReason) {

    public enum Kind {
        /** The candidate is selected (funded). */
        SELECTED,
        /** Greedy: the candidate costs more than the money left, so the rule skips it and goes on. */
        SKIPPED_DOES_NOT_FIT,
        /** Equal shares: the candidate's supporters no longer have enough money between them to pay for it. */
        NOT_AFFORDABLE,
        /** No ballot approves the candidate; no rule selects it. */
        NO_SUPPORTERS,
        /** Candidates were equal for the rule and {@link TieBreak} put {@code candidateId} first. */
        TIE_BROKEN,
        /** Add1 completion: every voter's budget was raised by one more unit; {@code cost} is the new outcome's. */
        COMPLETION_INCREMENT,
        /** Add1 completion ended; the outcome is the last one that fits the budget. */
        COMPLETION_STOPPED
    }

    public enum StopReason {
        /** The increment's outcome costs more than the budget, so the outcome before it is kept. */
        EXCEEDS_BUDGET,
        /** The outcome fits the budget and no unselected candidate that has supporters fits the money left. */
        EXHAUSTIVE
    }

    public ComputationStep {
        payments = payments == null ? List.of() : List.copyOf(payments);
        moneyLeft = moneyLeft == null ? List.of() : List.copyOf(moneyLeft);
        tiedWith = tiedWith == null ? List.of() : List.copyOf(tiedWith);
    }

    static ComputationStep greedy(Kind kind, int round, Candidate candidate, BigInteger spent) {
        return new ComputationStep(kind, round, candidate.id(), candidate.cost(), spent, null, null, null, null,
                null, null, null);
    }

    static ComputationStep tie(int round, String winner, List<String> tiedWith, TieBreak.Criterion decidedBy,
                               Fraction rho, Fraction perVoterBudget) {
        return new ComputationStep(Kind.TIE_BROKEN, round, winner, null, null, rho, perVoterBudget, null, null,
                tiedWith, decidedBy, null);
    }

    static ComputationStep equalShares(Kind kind, int round, Candidate candidate, BigInteger spent, Fraction rho,
                                       Fraction perVoterBudget, List<VoterShare> payments,
                                       List<VoterShare> moneyLeft) {
        return new ComputationStep(kind, round, candidate.id(), candidate.cost(), spent, rho, perVoterBudget,
                payments, moneyLeft, null, null, null);
    }

    static ComputationStep completion(int increment, Fraction perVoterBudget, BigInteger cost,
                                      StopReason stopReason) {
        return new ComputationStep(stopReason == null ? Kind.COMPLETION_INCREMENT : Kind.COMPLETION_STOPPED,
                increment, null, cost, null, null, perVoterBudget, null, null, null, null, stopReason);
    }
}
