package org.civicvoice.participation.budget.control;

import java.math.BigInteger;
import java.util.Objects;

/** A project that can be funded: its id (as used in ballots) and its cost in whole currency units, above zero. */
public record Candidate(String id, BigInteger cost) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        if (id.isBlank()) {
            throw new IllegalArgumentException("candidate id is blank");
        }
        if (cost.signum() <= 0) {
            throw new IllegalArgumentException("cost of " + id + " is not above zero: " + cost);
        }
    }

    public static Candidate of(String id, long cost) {
        return new Candidate(id, BigInteger.valueOf(cost));
    }
}
