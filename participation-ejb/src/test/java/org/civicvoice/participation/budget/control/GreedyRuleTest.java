package org.civicvoice.participation.budget.control;

import org.civicvoice.participation.budget.control.ComputationStep.Kind;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class GreedyRuleTest {

    private final GreedyRule rule = new GreedyRule();

    @Test
    void equalSharesNetExampleSelectsBikeAndGym() {
        Outcome outcome = rule.compute(Examples.equalSharesNet());

        assertEquals(List.of("Bike", "Gym"), outcome.selected());
        assertEquals(BigInteger.valueOf(1_100), outcome.spent());
        assertEquals(7, outcome.votes().get("Bike"));
        assertEquals(3, outcome.votes().get("Library"));
        assertEquals(List.of(Kind.SELECTED, Kind.SELECTED, Kind.SKIPPED_DOES_NOT_FIT, Kind.SKIPPED_DOES_NOT_FIT,
                Kind.SKIPPED_DOES_NOT_FIT), outcome.steps().stream().map(ComputationStep::kind).toList());
        assertEquals("Park", outcome.steps().get(2).candidateId());
        assertEquals(3, outcome.steps().get(2).round());
    }

    @Test
    void aProjectThatNoLongerFitsIsSkippedAndTheNextOneStillSelected() {
        Election election = Election.of(1_000,
                List.of(Candidate.of("A", 600), Candidate.of("B", 500), Candidate.of("C", 300)),
                List.of(Ballot.of("1", "A", "B", "C"), Ballot.of("2", "A", "B"), Ballot.of("3", "A")), "s");

        Outcome outcome = rule.compute(election);

        assertEquals(List.of("A", "C"), outcome.selected());
        assertEquals(BigInteger.valueOf(900), outcome.spent());
        ComputationStep skipped = outcome.steps().get(1);
        assertEquals(Kind.SKIPPED_DOES_NOT_FIT, skipped.kind());
        assertEquals("B", skipped.candidateId());
        assertEquals(BigInteger.valueOf(600), skipped.spent());
    }

    @Test
    void equalVotesAreDecidedByTheLowerCost() {
        Election election = Election.of(300, List.of(Candidate.of("A", 300), Candidate.of("B", 200)),
                List.of(Ballot.of("1", "A", "B"), Ballot.of("2", "A", "B")), "s");

        Outcome outcome = rule.compute(election);

        assertEquals(List.of("B"), outcome.selected());
        ComputationStep tie = outcome.steps().get(0);
        assertEquals(Kind.TIE_BROKEN, tie.kind());
        assertEquals("B", tie.candidateId());
        assertEquals(List.of("A"), tie.tiedWith());
        assertEquals(TieBreak.Criterion.COST, tie.decidedBy());
    }

    /**
     * Same cost and votes: the lot decides, the candidate with the smaller SHA-256 of {@code seed:id}. The same seed
     * always gives the same winner; some other seed gives the other one.
     */
    @Test
    void anExactTieIsDecidedByTheSeededLotTheSameWayEveryTime() {
        String winnerFor1 = winner("seed-1");
        assertEquals(winnerFor1, winner("seed-1"));
        String expected = TieBreak.lot("seed-1", "A").compareTo(TieBreak.lot("seed-1", "B")) < 0 ? "A" : "B";
        assertEquals(expected, winnerFor1);

        List<String> winners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            winners.add(winner("seed-" + i));
        }
        assertNotEquals(-1, winners.indexOf("A"));
        assertNotEquals(-1, winners.indexOf("B"));
    }

    @Test
    void theLotIsTheUnsignedSha256OfSeedColonId() {
        // printf 'x:A' | sha256sum
        assertEquals(new BigInteger("4db749156ad67218cea886eebd8e987a36e7f6866ff1397993a1d75915be3117", 16),
                TieBreak.lot("x", "A"));
        assertEquals(TieBreak.lot("x", "A"), new BigInteger(1, sha256("x:A")));
    }

    private String winner(String seed) {
        Election election = Election.of(100, List.of(Candidate.of("A", 100), Candidate.of("B", 100)),
                List.of(Ballot.of("1", "A", "B")), seed);
        Outcome outcome = rule.compute(election);
        assertEquals(TieBreak.Criterion.LOT, outcome.steps().get(0).decidedBy());
        return outcome.selected().get(0);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aProjectNobodyApprovedIsNotSelectedEvenIfItFits() {
        Election example = Examples.equalSharesNet();
        List<Candidate> candidates = new ArrayList<>(example.candidates());
        candidates.add(Candidate.of("Fountain", 10));
        Election election = new Election(BigInteger.valueOf(1_110), candidates, example.ballots(), "s");

        Outcome outcome = rule.compute(election);

        assertEquals(List.of("Bike", "Gym"), outcome.selected());
        ComputationStep last = outcome.steps().get(outcome.steps().size() - 1);
        assertEquals(Kind.NO_SUPPORTERS, last.kind());
        assertEquals("Fountain", last.candidateId());
        assertEquals(0, outcome.votes().get("Fountain"));
    }

    @Test
    void anEmptyElectionSelectsNothing() {
        Outcome outcome = rule.compute(Election.of(1_000, List.of(), List.of(), "s"));

        assertEquals(List.of(), outcome.selected());
        assertEquals(BigInteger.ZERO, outcome.spent());
        assertEquals(List.of(), outcome.steps());
    }
}
