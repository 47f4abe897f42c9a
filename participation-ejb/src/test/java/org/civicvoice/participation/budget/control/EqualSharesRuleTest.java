package org.civicvoice.participation.budget.control;

import org.civicvoice.participation.budget.control.ComputationStep.Kind;
import org.civicvoice.participation.budget.control.ComputationStep.StopReason;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EqualSharesRuleTest {

    private final EqualSharesRule rule = new EqualSharesRule();
    private final EqualSharesRule exact = new EqualSharesRule(false);

    @Test
    void equalSharesNetExampleSelectsBikePlaygroundAndLibrary() {
        Outcome outcome = rule.compute(Examples.equalSharesNet());

        assertEquals(List.of("Bike", "Playground", "Library"), outcome.selected());
        assertEquals(BigInteger.valueOf(1_000), outcome.spent());
    }

    @Test
    void equalSharesNetExampleTracesWhatEachSupporterPaid() {
        List<ComputationStep> selected = selections(rule.compute(Examples.equalSharesNet()));

        ComputationStep bike = selected.get(0);
        assertEquals("Bike", bike.candidateId());
        assertEquals(1, bike.round());
        assertEquals(Fraction.of(100), bike.perVoterBudget());
        assertEquals(Fraction.of(1, 7), bike.rho());
        assertEquals(List.of(new VoterShare(Fraction.of(100), 7)), bike.payments());
        assertEquals(List.of(new VoterShare(Fraction.ZERO, 7), new VoterShare(Fraction.of(100), 4)),
                bike.moneyLeft());

        ComputationStep playground = selected.get(1);
        assertEquals(Fraction.of(1, 4), playground.rho());
        assertEquals(List.of(new VoterShare(Fraction.of(50), 4)), playground.payments());

        ComputationStep library = selected.get(2);
        assertEquals(3, library.round());
        assertEquals(Fraction.of(1, 3), library.rho());
        assertEquals(List.of(new VoterShare(Fraction.of(100, 3), 3)), library.payments());
        assertEquals(List.of(new VoterShare(Fraction.ZERO, 7), new VoterShare(Fraction.of(50, 3), 3),
                new VoterShare(Fraction.of(50), 1)), library.moneyLeft());
        assertEquals(BigInteger.valueOf(1_000), library.spent());
    }

    @Test
    void equalSharesNetExampleGymAndParkBecomeUnaffordableAndAdd1AddsNothing() {
        Outcome outcome = rule.compute(Examples.equalSharesNet());

        List<String> unaffordable = outcome.steps().stream().filter(s -> s.kind() == Kind.NOT_AFFORDABLE)
                .map(ComputationStep::candidateId).sorted().toList();
        assertEquals(List.of("Gym", "Park"), unaffordable);
        ComputationStep last = outcome.steps().get(outcome.steps().size() - 1);
        assertEquals(Kind.COMPLETION_STOPPED, last.kind());
        assertEquals(StopReason.EXHAUSTIVE, last.stopReason());
        assertEquals(0, last.round());
        assertEquals(BigInteger.valueOf(1_000), last.cost());
        assertEquals(0, outcome.steps().stream().filter(s -> s.kind() == Kind.COMPLETION_INCREMENT).count());
    }

    /**
     * Voters a and b, budget 10 (5 each). X costs 6 (a, b), Y costs 4 (a). Round 1: X costs 3 each (ρ = 1/2), Y
     * would cost a 4 (ρ = 1), so X; then a has 2 and Y is unaffordable. Outcome {X} = 6, and Y still fits the 4
     * left. Add1: at 6 each a keeps 3 after X, still short; at 7 each a keeps 4 and pays Y: {X, Y} = 10, which fits
     * and leaves nothing, so the completion stops there.
     */
    @Test
    void add1CompletionAddsAProjectThatFitsTheMoneyLeft() {
        Election election = Election.of(10, List.of(Candidate.of("X", 6), Candidate.of("Y", 4)),
                List.of(Ballot.of("a", "X", "Y"), Ballot.of("b", "X")), "s");

        Outcome outcome = rule.compute(election);

        assertEquals(List.of("X", "Y"), outcome.selected());
        assertEquals(BigInteger.TEN, outcome.spent());
        List<ComputationStep> completion = outcome.steps().stream()
                .filter(s -> s.kind() == Kind.COMPLETION_INCREMENT || s.kind() == Kind.COMPLETION_STOPPED).toList();
        assertEquals(3, completion.size());
        assertEquals(Fraction.of(6), completion.get(0).perVoterBudget());
        assertEquals(BigInteger.valueOf(6), completion.get(0).cost());
        assertEquals(Fraction.of(7), completion.get(1).perVoterBudget());
        assertEquals(BigInteger.TEN, completion.get(1).cost());
        assertEquals(StopReason.EXHAUSTIVE, completion.get(2).stopReason());
        ComputationStep y = selections(outcome).get(1);
        assertEquals(Fraction.of(7), y.perVoterBudget());
        assertEquals(List.of(new VoterShare(Fraction.of(4), 1)), y.payments());
    }

    /**
     * Voters a and b, budget 12 (6 each). X costs 6 (a, b), Y and Z cost 4 (a and b alone). {X} = 6 leaves 6, where
     * Y fits. At 7 each both keep 4 after X and both pay their project: {X, Y, Z} = 14 is over 12, so Add1 stops
     * and keeps {X}.
     */
    @Test
    void add1CompletionStopsBeforeAnOutcomeOverTheBudget() {
        Election election = Election.of(12,
                List.of(Candidate.of("X", 6), Candidate.of("Y", 4), Candidate.of("Z", 4)),
                List.of(Ballot.of("a", "X", "Y"), Ballot.of("b", "X", "Z")), "s");

        Outcome outcome = rule.compute(election);

        assertEquals(List.of("X"), outcome.selected());
        assertEquals(BigInteger.valueOf(6), outcome.spent());
        ComputationStep last = outcome.steps().get(outcome.steps().size() - 1);
        assertEquals(Kind.COMPLETION_STOPPED, last.kind());
        assertEquals(StopReason.EXCEEDS_BUDGET, last.stopReason());
        assertEquals(1, last.round());
        assertEquals(Fraction.of(7), last.perVoterBudget());
        assertEquals(BigInteger.valueOf(14), last.cost());
    }

    /** One voter with 50: A (50) and B (40) both cost ρ = 1; the lower cost wins, then A is unaffordable. */
    @Test
    void anExactTieInRhoIsDecidedByTheLowerCost() {
        Election election = Election.of(50, List.of(Candidate.of("A", 50), Candidate.of("B", 40)),
                List.of(Ballot.of("1", "A", "B")), "s");

        Outcome outcome = rule.compute(election);

        assertEquals(List.of("B"), outcome.selected());
        ComputationStep tie = outcome.steps().stream().filter(s -> s.kind() == Kind.TIE_BROKEN).findFirst()
                .orElseThrow();
        assertEquals("B", tie.candidateId());
        assertEquals(List.of("A"), tie.tiedWith());
        assertEquals(TieBreak.Criterion.COST, tie.decidedBy());
        assertEquals(Fraction.ONE, tie.rho());
    }

    @Test
    void anExactTieInRhoCostAndVotesIsDecidedByTheSeededLot() {
        for (int i = 0; i < 10; i++) {
            String seed = "lot-" + i;
            Election election = Election.of(50, List.of(Candidate.of("A", 50), Candidate.of("B", 50)),
                    List.of(Ballot.of("1", "A", "B")), seed);
            String expected = TieBreak.lot(seed, "A").compareTo(TieBreak.lot(seed, "B")) < 0 ? "A" : "B";

            Outcome outcome = rule.compute(election);

            assertEquals(List.of(expected), outcome.selected());
            assertEquals(outcome, rule.compute(election));
            assertEquals(TieBreak.Criterion.LOT, outcome.steps().stream()
                    .filter(s -> s.kind() == Kind.TIE_BROKEN).findFirst().orElseThrow().decidedBy());
        }
    }

    @Test
    void aProjectNobodyApprovedIsNeverSelectedAndDoesNotKeepTheCompletionGoing() {
        Election example = Examples.equalSharesNet();
        List<Candidate> candidates = new ArrayList<>(example.candidates());
        candidates.add(Candidate.of("Fountain", 50));
        Election election = new Election(example.budget(), candidates, example.ballots(), "s");

        Outcome outcome = rule.compute(election);

        assertEquals(List.of("Bike", "Playground", "Library"), outcome.selected());
        ComputationStep fountain = outcome.steps().stream().filter(s -> "Fountain".equals(s.candidateId()))
                .findFirst().orElseThrow();
        assertEquals(Kind.NO_SUPPORTERS, fountain.kind());
        assertEquals(StopReason.EXHAUSTIVE, outcome.steps().get(outcome.steps().size() - 1).stopReason());
    }

    @Test
    void anEmptyElectionSelectsNothing() {
        Outcome outcome = rule.compute(Election.of(1_000, List.of(), List.of(), "s"));

        assertEquals(List.of(), outcome.selected());
        assertEquals(BigInteger.ZERO, outcome.spent());
        assertEquals(List.of(), outcome.steps());
    }

    @Test
    void anElectionWithoutBallotsSelectsNothing() {
        Outcome outcome = rule.compute(Election.of(1_000, List.of(Candidate.of("A", 10)), List.of(), "s"));

        assertEquals(List.of(), outcome.selected());
        assertEquals(Kind.NO_SUPPORTERS, outcome.steps().get(0).kind());
        assertNull(outcome.steps().get(0).rho());
    }

    /**
     * The grouped, lazily re-priced rule (with and without its floating-point bounds) gives the same outcome as a plain one (every voter on their own, every
     * project priced again in every round, Add1 in steps of one unit) on many small random elections.
     */
    @Test
    void givesTheSameOutcomeAsAPlainImplementationOnRandomSmallElections() {
        Random random = new Random(20261201);
        for (int n = 0; n < 400; n++) {
            Election election = randomElection(random, "seed-" + n);
            Outcome outcome = rule.compute(election);
            PlainEqualShares.Result plain = PlainEqualShares.compute(election);
            assertEquals(plain.selected(), outcome.selected(), () -> "election " + election);
            assertEquals(plain.spent(), outcome.spent());
            assertEquals(outcome, exact.compute(election));
        }
    }

    /** Hundreds of voters, so that money classes split over many rounds and the common denominator grows. */
    @Test
    void givesTheSameOutcomeAsAPlainImplementationWithManyVoters() {
        Random random = new Random(7);
        for (int n = 0; n < 8; n++) {
            List<Candidate> candidates = new ArrayList<>();
            for (int p = 0; p < 12; p++) {
                candidates.add(Candidate.of("p" + p, 100 + random.nextInt(5_000)));
            }
            List<Ballot> ballots = new ArrayList<>();
            int voters = 50 + random.nextInt(250);
            for (int v = 0; v < voters; v++) {
                Set<String> approved = new HashSet<>();
                for (int k = 1 + random.nextInt(5); k > 0; k--) {
                    approved.add("p" + random.nextInt(12));
                }
                ballots.add(new Ballot("v" + v, approved));
            }
            Election election = Election.of(5_000 + random.nextInt(20_000), candidates, ballots, "many-" + n);

            Outcome outcome = rule.compute(election);

            PlainEqualShares.Result plain = PlainEqualShares.compute(election);
            assertEquals(plain.selected(), outcome.selected(), () -> "election " + election);
            assertEquals(plain.spent(), outcome.spent());
            assertEquals(outcome, exact.compute(election));
        }
    }

    private static Election randomElection(Random random, String seed) {
        int projects = 1 + random.nextInt(10);
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            candidates.add(Candidate.of("p" + p, 1 + random.nextInt(random.nextBoolean() ? 10 : 40)));
        }
        int voters = random.nextInt(random.nextBoolean() ? 9 : 40);
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            Set<String> approved = new HashSet<>();
            for (Candidate candidate : candidates) {
                if (random.nextInt(3) == 0) {
                    approved.add(candidate.id());
                }
            }
            ballots.add(new Ballot("v" + v, approved));
        }
        return Election.of(random.nextInt(random.nextBoolean() ? 80 : 300), candidates, ballots, seed);
    }

    private static List<ComputationStep> selections(Outcome outcome) {
        return outcome.steps().stream().filter(s -> s.kind() == Kind.SELECTED).toList();
    }
}
