package org.civicvoice.participation.budget.control;

import java.util.Objects;
import java.util.Set;

/**
 * One voter's ballot: the ids of the candidates they approve. A money ballot (projects picked within the budget)
 * counts as the set of the projects it picked.
 */
public record Ballot(String voterId, Set<String> approved) {

    public Ballot {
        Objects.requireNonNull(voterId, "voterId");
        approved = Set.copyOf(approved);
    }

    public static Ballot of(String voterId, String... approved) {
        return new Ballot(voterId, Set.of(approved));
    }
}
