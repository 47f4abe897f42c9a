package org.civicvoice.participation.budget.control;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Method of Equal Shares with cost utilities and Add1, written as plainly as possible (each voter on their
 * own, every project priced in every round) to check {@link EqualSharesRule} against.
 */
final class PlainEqualShares {

    record Result(List<String> selected, BigInteger spent) {
    }

    private PlainEqualShares() {
    }

    static Result compute(Election election) {
        int n = election.ballots().size();
        if (n == 0) {
            return new Result(List.of(), BigInteger.ZERO);
        }
        BigInteger total = election.budget();
        Result kept = run(election, Fraction.of(total, BigInteger.valueOf(n)));
        while (!exhaustive(election, kept)) {
            total = total.add(BigInteger.valueOf(n));
            Result next = run(election, Fraction.of(total, BigInteger.valueOf(n)));
            if (next.spent().compareTo(election.budget()) > 0) {
                break;
            }
            kept = next;
        }
        return kept;
    }

    private static boolean exhaustive(Election election, Result result) {
        BigInteger left = election.budget().subtract(result.spent());
        for (Candidate candidate : election.candidates()) {
            boolean supported = election.ballots().stream().anyMatch(b -> b.approved().contains(candidate.id()));
            if (supported && !result.selected().contains(candidate.id()) && candidate.cost().compareTo(left) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static Result run(Election election, Fraction perVoter) {
        TieBreak tieBreak = new TieBreak(election.seed(), election.votes());
        List<Ballot> ballots = election.ballots();
        Fraction[] money = new Fraction[ballots.size()];
        java.util.Arrays.fill(money, perVoter);
        List<String> selected = new ArrayList<>();
        BigInteger spent = BigInteger.ZERO;
        while (true) {
            Candidate best = null;
            Fraction bestRho = null;
            Fraction bestPrice = null;
            for (Candidate candidate : election.candidates()) {
                if (selected.contains(candidate.id())) {
                    continue;
                }
                List<Fraction> supporters = new ArrayList<>();
                for (int v = 0; v < ballots.size(); v++) {
                    if (ballots.get(v).approved().contains(candidate.id())) {
                        supporters.add(money[v]);
                    }
                }
                Fraction price = price(supporters, Fraction.of(candidate.cost()));
                if (price == null) {
                    continue;
                }
                Fraction rho = price.divide(Fraction.of(candidate.cost()));
                if (best == null || rho.compareTo(bestRho) < 0
                        || rho.compareTo(bestRho) == 0 && tieBreak.compare(candidate, best) < 0) {
                    best = candidate;
                    bestRho = rho;
                    bestPrice = price;
                }
            }
            if (best == null) {
                return new Result(selected, spent);
            }
            for (int v = 0; v < ballots.size(); v++) {
                if (ballots.get(v).approved().contains(best.id())) {
                    money[v] = money[v].subtract(money[v].min(bestPrice));
                }
            }
            selected.add(best.id());
            spent = spent.add(best.cost());
        }
    }

    /** The smallest p with sum of min(money, p) = cost, or null when the money is short. */
    private static Fraction price(List<Fraction> supporters, Fraction cost) {
        if (supporters.isEmpty()) {
            return null;
        }
        List<Fraction> sorted = new ArrayList<>(supporters);
        sorted.sort(null);
        Fraction remaining = cost;
        for (int i = 0; i < sorted.size(); i++) {
            int rest = sorted.size() - i;
            if (sorted.get(i).multiply(rest).compareTo(remaining) >= 0) {
                return remaining.divide(rest);
            }
            remaining = remaining.subtract(sorted.get(i));
        }
        return null;
    }
}
