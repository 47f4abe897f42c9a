package org.civicvoice.participation.budget.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a rule's computation as JSON for publication: the input (budget, seed, candidates with cost and votes,
 * ballots counted) and every step with its exact fractions as {@code "p/q"}; and reads the votes back for pages.
 */
public final class ComputationJson {

    static final int MAX_GROUPS = 100;

    private ComputationJson() {
    }

    public static String write(String rule, Election election, Outcome outcome) {
        JsonArrayBuilder candidates = Json.createArrayBuilder();
        for (Candidate candidate : election.candidates()) {
            candidates.add(Json.createObjectBuilder()
                    .add("id", candidate.id())
                    .add("cost", candidate.cost())
                    .add("votes", outcome.votes().getOrDefault(candidate.id(), 0)));
        }
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (ComputationStep step : outcome.steps()) {
            JsonObjectBuilder s = Json.createObjectBuilder().add("kind", step.kind().name()).add("round", step.round());
            optional(s, "candidate", step.candidateId());
            if (step.cost() != null) {
                s.add("cost", step.cost());
            }
            if (step.spent() != null) {
                s.add("spent", step.spent());
            }
            optional(s, "rho", step.rho());
            optional(s, "perVoterBudget", step.perVoterBudget());
            shares(s, "payments", step.payments());
            shares(s, "moneyLeft", step.moneyLeft());
            if (!step.tiedWith().isEmpty()) {
                s.add("tiedWith", Json.createArrayBuilder(step.tiedWith()));
            }
            optional(s, "decidedBy", step.decidedBy());
            optional(s, "stopReason", step.stopReason());
            steps.add(s);
        }
        return Json.createObjectBuilder()
                .add("rule", rule)
                .add("budget", election.budget())
                .add("seed", election.seed())
                .add("ballots", election.ballots().size())
                .add("candidates", candidates)
                .add("selected", Json.createArrayBuilder(outcome.selected()))
                .add("spent", outcome.spent())
                .add("steps", steps)
                .build().toString();
    }

    /**
     * Amounts grouped with their number of voters. With many voters nearly every one may hold a different amount,
     * so a list longer than {@value #MAX_GROUPS} groups is cut there, and {@code <name>Groups} gives the number of
     * groups in all: the stored computation stays small, and the whole of it follows from the Pabulib export and
     * the published seed.
     */
    private static void shares(JsonObjectBuilder step, String name, List<VoterShare> shares) {
        if (shares.isEmpty()) {
            return;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (VoterShare share : shares.subList(0, Math.min(MAX_GROUPS, shares.size()))) {
            array.add(Json.createObjectBuilder().add("amount", share.amount().toString()).add("voters", share.voters()));
        }
        step.add(name, array);
        if (shares.size() > MAX_GROUPS) {
            step.add(name + "Groups", shares.size());
        }
    }

    private static void optional(JsonObjectBuilder builder, String name, Object value) {
        if (value != null) {
            builder.add(name, value.toString());
        }
    }

    /** The votes of each candidate, from a published computation. */
    public static Map<String, Integer> votes(String computation) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(computation))) {
            JsonObject json = reader.readObject();
            json.getJsonArray("candidates").getValuesAs(JsonObject.class)
                    .forEach(c -> votes.put(c.getString("id"), c.getInt("votes")));
        }
        return votes;
    }
}
