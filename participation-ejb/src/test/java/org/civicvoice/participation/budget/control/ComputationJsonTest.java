package org.civicvoice.participation.budget.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComputationJsonTest {

    @Test
    void theWorkedExampleIsPublishedWithExactFractionsAndItsVotesReadBack() {
        Election election = Election.of(1100, List.of(Candidate.of("bike", 700), Candidate.of("library", 100)),
                List.of(Ballot.of("1", "bike"), Ballot.of("2", "bike", "library"), Ballot.of("3", "library")), "seed");
        Outcome outcome = new EqualSharesRule().compute(election);
        String json = ComputationJson.write("EQUAL_SHARES", election, outcome);
        JsonObject read = Json.createReader(new StringReader(json)).readObject();
        assertEquals("EQUAL_SHARES", read.getString("rule"));
        assertEquals(3, read.getInt("ballots"));
        assertEquals(Map.of("bike", 2, "library", 2), ComputationJson.votes(json));
        assertEquals(outcome.selected().size(), read.getJsonArray("selected").size());
    }

    @Test
    void longListsOfMoneyGroupsAreCutAndSayHowManyThereWere() {
        List<VoterShare> left = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            left.add(new VoterShare(Fraction.of(i, 3), 1));
        }
        ComputationStep step = new ComputationStep(ComputationStep.Kind.SELECTED, 1, "bike", BigInteger.TEN,
                BigInteger.TEN, Fraction.of(1, 7), Fraction.of(100), List.of(new VoterShare(Fraction.of(100), 7)),
                left, null, null, null);
        Election election = Election.of(10, List.of(Candidate.of("bike", 10)), List.of(Ballot.of("1", "bike")), "s");
        Outcome outcome = new Outcome(List.of("bike"), BigInteger.TEN, List.of(step), Map.of("bike", 1));
        JsonObject written = Json.createReader(new StringReader(ComputationJson.write("EQUAL_SHARES", election,
                outcome))).readObject().getJsonArray("steps").getJsonObject(0);
        assertEquals(ComputationJson.MAX_GROUPS, written.getJsonArray("moneyLeft").size());
        assertEquals(150, written.getInt("moneyLeftGroups"));
        assertEquals("1/7", written.getString("rho"));
        assertEquals("100", written.getJsonArray("payments").getJsonObject(0).getString("amount"));
    }
}
