package org.civicvoice.participation.budget.control;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a rule: the candidates selected, in the order the rule selected them, the money they cost, the
 * steps that led there (see {@link ComputationStep}) and the number of ballots approving each candidate (in the
 * order of the election's candidates).
 */
public record Outcome(List<String> selected, BigInteger spent, List<ComputationStep> steps,
                      Map<String, Integer> votes) {

    public Outcome {
        Objects.requireNonNull(spent, "spent");
        selected = List.copyOf(selected);
        steps = List.copyOf(steps);
        votes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }
}
