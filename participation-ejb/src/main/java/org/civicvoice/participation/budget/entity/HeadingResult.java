package org.civicvoice.participation.budget.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The published result of a heading: the rule, the ballots counted, the projects selected in the order the rule
 * selected them, the money they cost, the votes of every project and the whole computation as JSON (exact
 * fractions as {@code "p/q"}), so anyone can check it step by step.
 */
public record HeadingResult(Heading heading, ResultRule rule, Instant computedAt, int ballots, long spent,
                            List<Long> selected, Map<Long, Integer> votes, String computation) {

    public boolean isSelected(long projectId) {
        return selected.contains(projectId);
    }

    public int votesOf(long projectId) {
        return votes.getOrDefault(projectId, 0);
    }
}
