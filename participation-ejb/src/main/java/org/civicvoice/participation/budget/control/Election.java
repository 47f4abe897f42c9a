package org.civicvoice.participation.budget.control;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a budget result is computed from: the money to spend (whole currency units), the candidates, the ballots
 * and the seed of the lot that breaks the last ties (see {@link TieBreak}). Candidate ids are unique and every
 * ballot approves known candidates only.
 */
public record Election(BigInteger budget, List<Candidate> candidates, List<Ballot> ballots, String seed) {

    public Election {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(seed, "seed");
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("budget is negative: " + budget);
        }
        candidates = List.copyOf(candidates);
        ballots = List.copyOf(ballots);
        Set<String> ids = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!ids.add(candidate.id())) {
                throw new IllegalArgumentException("candidate " + candidate.id() + " appears twice");
            }
        }
        for (Ballot ballot : ballots) {
            for (String id : ballot.approved()) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("ballot of " + ballot.voterId() + " approves unknown " + id);
                }
            }
        }
    }

    public static Election of(long budget, List<Candidate> candidates, List<Ballot> ballots, String seed) {
        return new Election(BigInteger.valueOf(budget), candidates, ballots, seed);
    }

    /** How many ballots approve each candidate, in the order of the candidates. */
    public Map<String, Integer> votes() {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            votes.put(candidate.id(), 0);
        }
        for (Ballot ballot : ballots) {
            for (String id : ballot.approved()) {
                votes.merge(id, 1, Integer::sum);
            }
        }
        return votes;
    }
}
