package org.civicvoice.participation.budget.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

import static org.civicvoice.participation.budget.control.ComputationStep.Kind.NOT_AFFORDABLE;
import static org.civicvoice.participation.budget.control.ComputationStep.Kind.NO_SUPPORTERS;
import static org.civicvoice.participation.budget.control.ComputationStep.Kind.SELECTED;

/**
 * The Method of Equal Shares with cost utilities (as on equalshares.net), completed by Add1, in exact arithmetic.
 *
 * <p><b>One run</b> at a per-voter budget {@code b}: every voter starts with {@code b}. A project is affordable when
 * its supporters together still have at least its cost. Its price is the smallest {@code p} with
 * {@code sum over supporters of min(money left, p) = cost}: supporters with at least {@code p} pay {@code p}, those
 * with less pay all they have. With cost utilities the price per unit of utility is {@code ρ = p / cost}. Each
 * round selects the affordable project with the smallest ρ (equal ρ: {@link TieBreak}), its supporters pay, and the
 * rounds go on until no project is affordable.
 *
 * <p><b>Add1 completion</b>: the first run uses {@code b = budget / voters}. Then every voter's budget is raised by
 * one currency unit (the total by the number of voters) and the rule runs again, as long as the outcome is not
 * exhaustive (some unselected project that has supporters still fits the money left) and the new outcome still
 * costs at most the real budget; the result is the last outcome that fits. The loop is the plain one-unit loop
 * (no search that could skip a step): each run is fast (below), and the loop ends at the latest when {@code b}
 * reaches the sum of all costs, where every approved project is affordable, so the outcome holds all of them and is
 * either exhaustive or too expensive.
 *
 * <p><b>Speed</b>: ballots with the same approvals are one group with a weight, and voters of a group always have
 * the same money left. Groups with the same money share a money class, and classes are kept sorted, so pricing a
 * project is one pass over its supporting groups (adding weights per class) and one pass over its few classes in
 * ascending money. A project's ρ never decreases from one round to the next (money only goes down), so the
 * projects wait in a priority queue by their last ρ and only the head is priced again until it is the same twice.
 *
 * <p><b>Trace</b>: the steps of the run that gave the result (the rounds' {@code SELECTED}, {@code TIE_BROKEN},
 * {@code NOT_AFFORDABLE}, {@code NO_SUPPORTERS}), then one {@code COMPLETION_INCREMENT} per increment tried
 * (with its per-voter budget and its outcome's cost) and a last {@code COMPLETION_STOPPED}.
 */
@ApplicationScoped
public class EqualSharesRule {

    public Outcome compute(Election election) {
        Prepared prepared = new Prepared(election);
        Map<String, Integer> votes = election.votes();
        if (prepared.voters == 0) {
            List<ComputationStep> steps = new ArrayList<>();
            for (Candidate candidate : election.candidates()) {
                steps.add(ComputationStep.equalShares(NO_SUPPORTERS, 1, candidate, BigInteger.ZERO, null, null,
                        null, null));
            }
            return new Outcome(List.of(), BigInteger.ZERO, steps, votes);
        }
        BigInteger budget = election.budget();
        BigInteger voters = BigInteger.valueOf(prepared.voters);
        BigInteger total = budget;
        Run kept = prepared.run(Fraction.of(total, voters), false);
        List<ComputationStep> completion = new ArrayList<>();
        int increment = 0;
        while (true) {
            if (prepared.exhaustive(kept, budget)) {
                completion.add(ComputationStep.completion(increment, kept.perVoterBudget, kept.spent,
                        ComputationStep.StopReason.EXHAUSTIVE));
                break;
            }
            increment++;
            total = total.add(voters);
            Run next = prepared.run(Fraction.of(total, voters), false);
            if (next.spent.compareTo(budget) > 0) {
                completion.add(ComputationStep.completion(increment, next.perVoterBudget, next.spent,
                        ComputationStep.StopReason.EXCEEDS_BUDGET));
                break;
            }
            completion.add(ComputationStep.completion(increment, next.perVoterBudget, next.spent, null));
            kept = next;
        }
        Run traced = prepared.run(kept.perVoterBudget, true);
        List<ComputationStep> steps = new ArrayList<>(traced.steps);
        steps.addAll(completion);
        List<String> selected = new ArrayList<>();
        for (int c : traced.selected) {
            selected.add(prepared.candidates[c].id());
        }
        return new Outcome(selected, traced.spent, steps, votes);
    }

    /** The outcome of one run at a per-voter budget. */
    static final class Run {
        final Fraction perVoterBudget;
        final List<Integer> selected = new ArrayList<>();
        final List<ComputationStep> steps = new ArrayList<>();
        BigInteger spent = BigInteger.ZERO;

        Run(Fraction perVoterBudget) {
            this.perVoterBudget = perVoterBudget;
        }
    }

    /** A candidate's price as last computed, at a version of the voters' money. */
    /**
     * A candidate's price as last computed, at a version of the voters' money: the supporters who have enough pay
     * {@code remaining / (payers * denominator)}, where {@code denominator} is the money's common denominator at
     * that version; {@code ρ = rhoNumerator / rhoDenominator}.
     */
    private record Priced(int candidate, BigInteger remaining, long payers, BigInteger rhoNumerator,
                          BigInteger rhoDenominator, int version) {

        int compareRho(Priced other) {
            return rhoNumerator.multiply(other.rhoDenominator).compareTo(other.rhoNumerator.multiply(rhoDenominator));
        }

        Fraction rho() {
            return Fraction.of(rhoNumerator, rhoDenominator);
        }
    }

    /** The election turned into arrays: candidates by index, ballots grouped by approvals. */
    static final class Prepared {
        final Candidate[] candidates;
        final Fraction[] costs;
        final int[][] supporters;
        final int[] weights;
        final int[] tieRank;
        final long voters;
        final TieBreak tieBreak;

        Prepared(Election election) {
            candidates = election.candidates().toArray(new Candidate[0]);
            Map<String, Integer> index = new HashMap<>();
            costs = new Fraction[candidates.length];
            for (int c = 0; c < candidates.length; c++) {
                index.put(candidates[c].id(), c);
                costs[c] = Fraction.of(candidates[c].cost());
            }
            Map<Set<String>, Integer> groups = new LinkedHashMap<>();
            for (Ballot ballot : election.ballots()) {
                groups.merge(ballot.approved(), 1, Integer::sum);
            }
            weights = new int[groups.size()];
            int[] counts = new int[candidates.length];
            List<Set<String>> sets = new ArrayList<>(groups.keySet());
            for (int g = 0; g < sets.size(); g++) {
                weights[g] = groups.get(sets.get(g));
                for (String id : sets.get(g)) {
                    counts[index.get(id)]++;
                }
            }
            supporters = new int[candidates.length][];
            for (int c = 0; c < candidates.length; c++) {
                supporters[c] = new int[counts[c]];
            }
            int[] fill = new int[candidates.length];
            for (int g = 0; g < sets.size(); g++) {
                for (String id : sets.get(g)) {
                    int c = index.get(id);
                    supporters[c][fill[c]++] = g;
                }
            }
            voters = election.ballots().size();
            tieBreak = new TieBreak(election.seed(), election.votes());
            Integer[] order = new Integer[candidates.length];
            for (int c = 0; c < order.length; c++) {
                order[c] = c;
            }
            Arrays.sort(order, (a, b) -> tieBreak.compare(candidates[a], candidates[b]));
            tieRank = new int[candidates.length];
            for (int r = 0; r < order.length; r++) {
                tieRank[order[r]] = r;
            }
        }

        boolean exhaustive(Run run, BigInteger budget) {
            boolean[] chosen = new boolean[candidates.length];
            for (int c : run.selected) {
                chosen[c] = true;
            }
            BigInteger left = budget.subtract(run.spent);
            for (int c = 0; c < candidates.length; c++) {
                if (!chosen[c] && supporters[c].length > 0 && candidates[c].cost().compareTo(left) <= 0) {
                    return false;
                }
            }
            return true;
        }

        Run run(Fraction perVoterBudget, boolean trace) {
            return new Money(this, perVoterBudget, trace).run();
        }
    }

    /**
     * The voters' money during one run. Every group of ballots is in a money class; all classes share one common
     * denominator, so a class's money is {@code numerator / denominator} and pricing a project needs only whole
     * number multiplications, additions and comparisons (no greatest common divisors). When a round's price needs a
     * finer denominator, all numerators are scaled once.
     */
    private static final class Money {
        private final Prepared in;
        private final boolean trace;
        private final Run run;
        private BigInteger denominator;
        private BigInteger[] numerators = new BigInteger[16];
        /** Each class's money as a normalised fraction, for the trace only. */
        private Fraction[] values = new Fraction[16];
        /** Voters in each class; a class without voters is dropped from the order. */
        private long[] voters = new long[16];
        private int classes;
        private int zeroClass = -1;
        /** The live classes in ascending money, and each class's position in that order. */
        private int[] sorted;
        private int[] rank = new int[16];
        private final int[] groupClass;
        private long[] weightOf = new long[16];
        private int[] touched = new int[16];
        private long[] keys = new long[16];
        private int version;

        Money(Prepared in, Fraction perVoterBudget, boolean trace) {
            this.in = in;
            this.trace = trace;
            this.run = new Run(perVoterBudget);
            this.groupClass = new int[in.weights.length];
            this.denominator = perVoterBudget.denominator();
            int first = newClass(perVoterBudget.numerator());
            voters[first] = in.voters;
            sorted = new int[] {first};
            if (perVoterBudget.isZero()) {
                zeroClass = first;
            }
        }

        Run run() {
            Comparator<Priced> order = ((Comparator<Priced>) Priced::compareRho)
                    .thenComparingInt(p -> in.tieRank[p.candidate()]);
            PriorityQueue<Priced> queue = new PriorityQueue<>(Math.max(1, in.candidates.length), order);
            int round = 1;
            for (int c = 0; c < in.candidates.length; c++) {
                Priced priced = price(c);
                if (priced == null) {
                    unaffordable(c, round);
                } else {
                    queue.add(priced);
                }
            }
            while (!queue.isEmpty()) {
                Priced head = queue.poll();
                if (head.version() != version) {
                    // money only goes down, so no price falls: a head priced again that is still first is the
                    // cheapest of all
                    Priced fresh = price(head.candidate());
                    if (fresh == null) {
                        unaffordable(head.candidate(), round);
                    } else {
                        queue.add(fresh);
                    }
                    continue;
                }
                List<Priced> back = new ArrayList<>();
                List<String> tied = new ArrayList<>();
                int firstTied = -1;
                while (!queue.isEmpty() && queue.peek().compareRho(head) == 0) {
                    Priced next = queue.poll();
                    Priced fresh = next.version() == version ? next : price(next.candidate());
                    if (fresh == null) {
                        unaffordable(next.candidate(), round);
                        continue;
                    }
                    if (fresh.compareRho(head) == 0) {
                        tied.add(in.candidates[fresh.candidate()].id());
                        firstTied = firstTied < 0 ? fresh.candidate() : firstTied;
                    }
                    back.add(fresh);
                }
                if (!tied.isEmpty() && trace) {
                    Candidate winner = in.candidates[head.candidate()];
                    run.steps.add(ComputationStep.tie(round, winner.id(), tied,
                            in.tieBreak.decidedBy(winner, in.candidates[firstTied]), head.rho(),
                            run.perVoterBudget));
                }
                select(head, round);
                queue.addAll(back);
                round++;
            }
            return run;
        }

        private void unaffordable(int c, int round) {
            if (trace) {
                run.steps.add(ComputationStep.equalShares(in.supporters[c].length == 0 ? NO_SUPPORTERS
                        : NOT_AFFORDABLE, round, in.candidates[c], run.spent, null, run.perVoterBudget, null, null));
            }
        }

        /** The candidate's price with the money as it is now, or null when its supporters cannot pay for it. */
        private Priced price(int c) {
            int[] groups = in.supporters[c];
            if (groups.length == 0) {
                return null;
            }
            int count = 0;
            long weight = 0;
            for (int g : groups) {
                int cls = groupClass[g];
                if (weightOf[cls] == 0) {
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = cls;
                }
                weightOf[cls] += in.weights[g];
                weight += in.weights[g];
            }
            if (keys.length < count) {
                keys = new long[Math.max(count, keys.length * 2)];
            }
            for (int i = 0; i < count; i++) {
                keys[i] = ((long) rank[touched[i]] << 32) | touched[i];
            }
            Arrays.sort(keys, 0, count);
            // what is left of the cost, over the common denominator, once the poorer supporters paid all they have
            BigInteger remaining = in.candidates[c].cost().multiply(denominator);
            boolean found = false;
            for (int i = 0; i < count; i++) {
                int cls = (int) keys[i];
                long w = weightOf[cls];
                weightOf[cls] = 0;
                if (found) {
                    continue;
                }
                BigInteger money = numerators[cls];
                if (money.signum() == 0) {
                    weight -= w;
                } else if (money.multiply(BigInteger.valueOf(weight)).compareTo(remaining) >= 0) {
                    found = true;
                } else {
                    remaining = remaining.subtract(money.multiply(BigInteger.valueOf(w)));
                    weight -= w;
                }
            }
            if (!found) {
                return null;
            }
            BigInteger rhoDenominator = denominator.multiply(BigInteger.valueOf(weight))
                    .multiply(in.candidates[c].cost());
            return new Priced(c, remaining, weight, remaining, rhoDenominator, version);
        }

        private void select(Priced priced, int round) {
            int c = priced.candidate();
            // price = remaining / (payers * denominator); scale the denominator by what the price needs of payers
            long payers = priced.payers();
            long rest = priced.remaining().mod(BigInteger.valueOf(payers)).longValue();
            long factor = payers / gcd(rest, payers);
            BigInteger price = priced.remaining().divide(BigInteger.valueOf(payers / factor));
            if (factor != 1) {
                BigInteger scale = BigInteger.valueOf(factor);
                denominator = denominator.multiply(scale);
                for (int cls : sorted) {
                    numerators[cls] = numerators[cls].multiply(scale);
                }
            }
            int[] moved = new int[classes];
            Arrays.fill(moved, -1);
            Map<Integer, Long> paidBy = trace ? new HashMap<>() : null;
            List<Integer> created = new ArrayList<>();
            List<Integer> paying = new ArrayList<>();
            for (int g : in.supporters[c]) {
                int old = groupClass[g];
                int target = moved[old];
                if (target < 0) {
                    BigInteger money = numerators[old];
                    if (money.compareTo(price) > 0) {
                        target = newClass(money.subtract(price));
                        paying.add(old);
                    } else {
                        if (zeroClass < 0) {
                            zeroClass = newClass(BigInteger.ZERO);
                            created.add(zeroClass);
                        }
                        target = zeroClass;
                    }
                    moved[old] = target;
                }
                groupClass[g] = target;
                voters[old] -= in.weights[g];
                voters[target] += in.weights[g];
                if (paidBy != null) {
                    paidBy.merge(old, (long) in.weights[g], Long::sum);
                }
            }
            // less the same price, the payers' classes keep the order of the classes they came from
            paying.sort(Comparator.comparingInt(old -> rank[old]));
            for (int old : paying) {
                created.add(moved[old]);
            }
            reorder(created);
            version++;
            run.spent = run.spent.add(in.candidates[c].cost());
            run.selected.add(c);
            if (trace) {
                Fraction full = Fraction.of(price, denominator);
                TreeMap<Fraction, Long> payments = new TreeMap<>(Comparator.reverseOrder());
                paidBy.forEach((cls, w) -> payments.merge(numerators[cls].compareTo(price) >= 0 ? full : value(cls),
                        w, Long::sum));
                run.steps.add(ComputationStep.equalShares(SELECTED, round, in.candidates[c], run.spent,
                        priced.rho(), run.perVoterBudget, shares(payments), moneyLeft()));
            }
        }

        private static long gcd(long a, long b) {
            while (b != 0) {
                long t = a % b;
                a = b;
                b = t;
            }
            return a;
        }

        /** The money left, ascending; classes with the same money are neighbours in the order and are merged. */
        private List<VoterShare> moneyLeft() {
            List<VoterShare> left = new ArrayList<>();
            int i = 0;
            while (i < sorted.length) {
                int cls = sorted[i];
                long count = 0;
                while (i < sorted.length && numerators[sorted[i]].equals(numerators[cls])) {
                    count += voters[sorted[i++]];
                }
                left.add(new VoterShare(value(cls), Math.toIntExact(count)));
            }
            return left;
        }

        /** A class's money as a fraction, normalised once: scaling the common denominator does not change it. */
        private Fraction value(int cls) {
            Fraction value = values[cls];
            if (value == null) {
                value = Fraction.of(numerators[cls], denominator);
                values[cls] = value;
            }
            return value;
        }

        private static List<VoterShare> shares(Map<Fraction, Long> grouped) {
            List<VoterShare> shares = new ArrayList<>();
            grouped.forEach((amount, count) -> shares.add(new VoterShare(amount, Math.toIntExact(count))));
            return shares;
        }

        private int newClass(BigInteger numerator) {
            if (classes == numerators.length) {
                int size = classes * 2;
                numerators = Arrays.copyOf(numerators, size);
                voters = Arrays.copyOf(voters, size);
                weightOf = Arrays.copyOf(weightOf, size);
                rank = Arrays.copyOf(rank, size);
                values = Arrays.copyOf(values, size);
            }
            numerators[classes] = numerator;
            return classes++;
        }

        /**
         * Merges the classes created in a round (already ascending: the zero class, then the payers' classes in the
         * order of the classes they came from, less the same price) into the order of the live classes.
         */
        private void reorder(List<Integer> created) {
            int[] merged = new int[sorted.length + created.size()];
            int size = 0;
            int i = 0;
            int j = 0;
            while (i < sorted.length || j < created.size()) {
                int next;
                if (j == created.size()) {
                    next = sorted[i++];
                } else if (i == sorted.length) {
                    next = created.get(j++);
                } else if (numerators[sorted[i]].compareTo(numerators[created.get(j)]) <= 0) {
                    next = sorted[i++];
                } else {
                    next = created.get(j++);
                }
                if (voters[next] > 0) {
                    merged[size++] = next;
                }
            }
            sorted = Arrays.copyOf(merged, size);
            for (int r = 0; r < size; r++) {
                rank[sorted[r]] = r;
            }
        }
    }
}
