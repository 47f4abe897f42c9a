package org.civicvoice.participation.budget.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.civicvoice.participation.budget.control.ComputationStep.Kind.NO_SUPPORTERS;
import static org.civicvoice.participation.budget.control.ComputationStep.Kind.SELECTED;
import static org.civicvoice.participation.budget.control.ComputationStep.Kind.SKIPPED_DOES_NOT_FIT;

/**
 * The greedy rule (as in Madrid and Paris): take the candidates by votes, most first (equal votes in the order of
 * {@link TieBreak}), and select each one that still fits the money left; one that does not fit is skipped and the
 * rule goes on with the next. Candidates nobody approved are never selected.
 *
 * <p>The trace has one step per candidate in that order ({@code SELECTED}, {@code SKIPPED_DOES_NOT_FIT} or
 * {@code NO_SUPPORTERS}), each preceded by a {@code TIE_BROKEN} step when the next candidate has as many votes.
 */
@ApplicationScoped
public class GreedyRule {

    public Outcome compute(Election election) {
        Map<String, Integer> votes = election.votes();
        TieBreak tieBreak = new TieBreak(election.seed(), votes);
        List<Candidate> order = new ArrayList<>(election.candidates());
        order.sort(Comparator.<Candidate>comparingInt(c -> -votes.get(c.id())).thenComparing(tieBreak));

        List<String> selected = new ArrayList<>();
        List<ComputationStep> steps = new ArrayList<>();
        BigInteger spent = BigInteger.ZERO;
        for (int i = 0; i < order.size(); i++) {
            Candidate candidate = order.get(i);
            int round = i + 1;
            if (i + 1 < order.size() && votes.get(candidate.id()).equals(votes.get(order.get(i + 1).id()))) {
                Candidate next = order.get(i + 1);
                steps.add(ComputationStep.tie(round, candidate.id(), List.of(next.id()),
                        tieBreak.decidedBy(candidate, next), null, null));
            }
            if (votes.get(candidate.id()) == 0) {
                steps.add(ComputationStep.greedy(NO_SUPPORTERS, round, candidate, spent));
            } else if (spent.add(candidate.cost()).compareTo(election.budget()) <= 0) {
                spent = spent.add(candidate.cost());
                selected.add(candidate.id());
                steps.add(ComputationStep.greedy(SELECTED, round, candidate, spent));
            } else {
                steps.add(ComputationStep.greedy(SKIPPED_DOES_NOT_FIT, round, candidate, spent));
            }
        }
        return new Outcome(selected, spent, steps, votes);
    }
}
