package org.civicvoice.participation.budget.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
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

    private final boolean approximate;

    public EqualSharesRule() {
        this(true);
    }

    /** With {@code approximate} false every price is computed exactly (slower, for tests that compare). */
    EqualSharesRule(boolean approximate) {
        this.approximate = approximate;
    }

    public Outcome compute(Election election) {
        Prepared prepared = new Prepared(election, approximate);
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
        final long[] supportWeight;
        final double[] costAsDouble;
        final boolean approximate;
        final TieBreak tieBreak;

        Prepared(Election election, boolean approximate) {
            this.approximate = approximate;
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
            supportWeight = new long[candidates.length];
            costAsDouble = new double[candidates.length];
            for (int c = 0; c < candidates.length; c++) {
                for (int g : supporters[c]) {
                    supportWeight[c] += weights[g];
                }
                costAsDouble[c] = candidates[c].cost().doubleValue();
            }
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
            return new Money(this, perVoterBudget, trace, approximate).run();
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
        /**
         * A class's numerator is over the denominator of its epoch; {@code catchUp.get(e)} is what the numerators
         * of epoch {@code e} must be multiplied by to be over the current denominator (1 for the last epoch).
         */
        private int[] epochs = new int[16];
        private final List<BigInteger> catchUp = new ArrayList<>(List.of(BigInteger.ONE));
        /** Each class's money rounded to a double, for the bounds that spare most exact pricing. */
        private double[] approx = new double[16];
        private boolean approximate;
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

        Money(Prepared in, Fraction perVoterBudget, boolean trace, boolean approximate) {
            this.in = in;
            this.trace = trace;
            this.approximate = approximate;
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

        /** A candidate in the queue: {@code key} is a lower bound of its ρ, valid from now on (ρ never falls). */
        private record Waiting(int candidate, double key, int boundVersion, Priced exact) {
        }

        Run run() {
            Comparator<Waiting> order = Comparator.comparingDouble(Waiting::key)
                    .thenComparingInt(w -> in.tieRank[w.candidate()]);
            PriorityQueue<Waiting> queue = new PriorityQueue<>(Math.max(1, in.candidates.length), order);
            int round = 1;
            for (int c = 0; c < in.candidates.length; c++) {
                if (in.supporters[c].length == 0) {
                    unaffordable(c, round);
                } else {
                    queue.add(new Waiting(c, Double.NEGATIVE_INFINITY, -1, null));
                }
            }
            while (!queue.isEmpty()) {
                Waiting head = queue.poll();
                int c = head.candidate();
                if (head.exact() == null || head.exact().version() != version) {
                    // not priced exactly with the money as it is now: first a bound in floating point, and
                    // when that bound comes to the head of the queue, the exact price
                    double bound = head.boundVersion() == version || !approximate ? Double.NaN : bound(c);
                    if (bound == Double.POSITIVE_INFINITY) {
                        unaffordable(c, round);
                    } else if (!Double.isNaN(bound)) {
                        queue.add(new Waiting(c, Math.max(bound, head.key()), version, null));
                    } else {
                        Priced fresh = price(c);
                        if (fresh == null) {
                            unaffordable(c, round);
                        } else {
                            queue.add(new Waiting(c, Math.max(lowerBound(fresh), head.key()), version, fresh));
                        }
                    }
                    continue;
                }
                // head is priced exactly and every other candidate's ρ is at least its key, which is at most
                // head's ρ; price exactly all whose key does not exceed head's ρ, and take the least of them
                double upper = upperBound(head.exact());
                List<Priced> contenders = new ArrayList<>(List.of(head.exact()));
                List<Double> keys = new ArrayList<>(List.of(head.key()));
                while (!queue.isEmpty() && queue.peek().key() <= upper) {
                    Waiting next = queue.poll();
                    Priced fresh = next.exact() != null && next.exact().version() == version ? next.exact()
                            : price(next.candidate());
                    if (fresh == null) {
                        unaffordable(next.candidate(), round);
                    } else {
                        contenders.add(fresh);
                        keys.add(Math.max(lowerBound(fresh), next.key()));
                    }
                }
                Priced winner = contenders.get(0);
                for (Priced contender : contenders) {
                    int cmp = contender.compareRho(winner);
                    if (cmp < 0 || cmp == 0 && in.tieRank[contender.candidate()] < in.tieRank[winner.candidate()]) {
                        winner = contender;
                    }
                }
                List<Priced> tied = new ArrayList<>();
                for (int i = 0; i < contenders.size(); i++) {
                    Priced contender = contenders.get(i);
                    if (contender != winner) {
                        queue.add(new Waiting(contender.candidate(), keys.get(i), version, contender));
                        if (contender.compareRho(winner) == 0) {
                            tied.add(contender);
                        }
                    }
                }
                if (!tied.isEmpty() && trace) {
                    tied.sort(Comparator.comparingInt(p -> in.tieRank[p.candidate()]));
                    Candidate first = in.candidates[tied.get(0).candidate()];
                    Candidate chosen = in.candidates[winner.candidate()];
                    run.steps.add(ComputationStep.tie(round, chosen.id(),
                            tied.stream().map(p -> in.candidates[p.candidate()].id()).toList(),
                            in.tieBreak.decidedBy(chosen, first), winner.rho(), run.perVoterBudget));
                }
                select(winner, round);
                round++;
            }
            return run;
        }

        /** A double at most the exact ρ. */
        private static double lowerBound(Priced priced) {
            double rho = new BigDecimal(priced.rhoNumerator())
                    .divide(new BigDecimal(priced.rhoDenominator()), MathContext.DECIMAL64).doubleValue();
            return rho - Math.abs(rho) * 1e-12 - Double.MIN_NORMAL;
        }

        /** A double at least the exact ρ. */
        private static double upperBound(Priced priced) {
            double rho = new BigDecimal(priced.rhoNumerator())
                    .divide(new BigDecimal(priced.rhoDenominator()), MathContext.DECIMAL64).doubleValue();
            return rho + Math.abs(rho) * 1e-12 + Double.MIN_NORMAL;
        }

        /**
         * A lower bound of the candidate's ρ computed in floating point from each class's money rounded to a
         * double; {@code +Infinity} when the supporters certainly cannot pay for it; {@code NaN} when floating
         * point cannot tell (the exact price must decide).
         *
         * <p>Error bound: each of the at most {@code k} steps over the supporters' classes (money times weight,
         * subtraction from what is left of the cost) adds a rounding error of at most a few units in the last
         * place of a value not above the cost, so the cost left and the price are off by at most about
         * {@code 4e-16 * k * cost}, and ρ = price / cost by about {@code 4e-16 * k}; a comparison that goes the
         * wrong way near its boundary moves the price by no more (the price is continuous there, and weights are
         * whole numbers). The bound subtracts {@code 1e-14 * (k + 10)}, some 25 times that.
         */
        private double bound(int c) {
            int count = gather(c);
            double cost = in.costAsDouble[c];
            double remaining = cost;
            double weight = in.supportWeight[c];
            double price = Double.NaN;
            for (int i = 0; i < count; i++) {
                int cls = (int) keys[i];
                long w = weightOf[cls];
                weightOf[cls] = 0;
                if (!Double.isNaN(price)) {
                    continue;
                }
                double money = approx[cls];
                if (money == 0) {
                    weight -= w;
                } else if (money * weight >= remaining) {
                    price = remaining / weight;
                } else {
                    remaining -= money * w;
                    weight -= w;
                }
            }
            double error = 1e-14 * (count + 10);
            if (Double.isNaN(price)) {
                return remaining > error * cost ? Double.POSITIVE_INFINITY : Double.NaN;
            }
            double rho = price / cost - error;
            return rho > 0 && Double.isFinite(rho) ? rho : Double.NaN;
        }

        /**
         * Adds up the candidate's supporters by money class into {@code weightOf} and puts their classes, in
         * ascending money, into {@code keys} (class id in the low 32 bits); the caller clears {@code weightOf}.
         */
        private int gather(int c) {
            int count = 0;
            for (int g : in.supporters[c]) {
                int cls = groupClass[g];
                if (weightOf[cls] == 0) {
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = cls;
                }
                weightOf[cls] += in.weights[g];
            }
            if (keys.length < count) {
                keys = new long[Math.max(count, keys.length * 2)];
            }
            for (int i = 0; i < count; i++) {
                keys[i] = ((long) rank[touched[i]] << 32) | touched[i];
            }
            Arrays.sort(keys, 0, count);
            return count;
        }

        private void unaffordable(int c, int round) {
            if (trace) {
                run.steps.add(ComputationStep.equalShares(in.supporters[c].length == 0 ? NO_SUPPORTERS
                        : NOT_AFFORDABLE, round, in.candidates[c], run.spent, null, run.perVoterBudget, null, null));
            }
        }

        /** The candidate's price with the money as it is now, or null when its supporters cannot pay for it. */
        private Priced price(int c) {
            int count = gather(c);
            long weight = in.supportWeight[c];
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
                BigInteger money = numerator(cls);
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
                // every class's numerator is now short of this factor: the classes catch up when next used
                BigInteger scale = BigInteger.valueOf(factor);
                denominator = denominator.multiply(scale);
                for (int e = 0; e < catchUp.size(); e++) {
                    catchUp.set(e, catchUp.get(e).multiply(scale));
                }
                catchUp.add(BigInteger.ONE);
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
                    BigInteger money = numerator(old);
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
                paidBy.forEach((cls, w) -> payments.merge(numerator(cls).compareTo(price) >= 0 ? full : value(cls),
                        w, Long::sum));
                run.steps.add(ComputationStep.equalShares(SELECTED, round, in.candidates[c], run.spent,
                        priced.rho(), run.perVoterBudget, shares(payments), moneyLeft()));
            }
        }

        /** A class's money over the current common denominator. */
        private BigInteger numerator(int cls) {
            int epoch = epochs[cls];
            int now = catchUp.size() - 1;
            if (epoch != now) {
                numerators[cls] = numerators[cls].multiply(catchUp.get(epoch));
                epochs[cls] = now;
            }
            return numerators[cls];
        }

        /** Compares two classes' money, in floating point where that is sure to tell them apart. */
        private int compareMoney(int a, int b) {
            if (approximate) {
                double x = approx[a];
                double y = approx[b];
                if (x < y * (1 - 1e-12)) {
                    return -1;
                }
                if (x > y * (1 + 1e-12)) {
                    return 1;
                }
            }
            return numerator(a).compareTo(numerator(b));
        }

        /** numerator / denominator as a double, correctly within a few units in the last place. */
        private static double toDouble(BigInteger numerator, BigInteger denominator) {
            int shift = Math.max(0, Math.max(numerator.bitLength(), denominator.bitLength()) - 1000);
            return numerator.shiftRight(shift).doubleValue() / denominator.shiftRight(shift).doubleValue();
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
                while (i < sorted.length && numerator(sorted[i]).equals(numerator(cls))) {
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
                value = Fraction.of(numerator(cls), denominator);
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
                approx = Arrays.copyOf(approx, size);
                epochs = Arrays.copyOf(epochs, size);
            }
            numerators[classes] = numerator;
            epochs[classes] = catchUp.size() - 1;
            if (approximate) {
                approx[classes] = toDouble(numerator, denominator);
                approximate = Double.isFinite(approx[classes])
                        && (numerator.signum() == 0 || approx[classes] > 1e-280);
            }
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
                } else if (compareMoney(sorted[i], created.get(j)) <= 0) {
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
