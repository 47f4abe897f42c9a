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
 * costs at most the real budget; the result is the last outcome that fits. This is the plain one-unit loop, with
 * no search that skips steps (the outcome is not monotone in {@code b}, so a binary search could return another
 * result). It ends at the latest when {@code b} reaches the sum of all costs, where every approved project is
 * affordable, so the outcome holds all of them and is either exhaustive or too expensive. Its cost is one run per
 * unit: 27 runs for 200 projects and 100,000 ballots with a budget of 5,000,000 (2.5 to 3.5 s in all), 2,191 cheap
 * runs with 1,000 ballots (1.3 s); see {@code ResultsMeasurement}. Few voters with a per-voter budget far below
 * the per-voter amount where the completion stops would need many runs.
 *
 * <p><b>Speed of one run</b>: ballots with the same approvals are one group with a weight, and voters of a group
 * always have the same money left. Groups with the same money share a money class; classes are kept in ascending
 * order, and their money is kept over one common denominator (numerators catch up lazily when it grows), so exact
 * pricing needs whole-number products and sums only, no greatest common divisors. A project's ρ never decreases
 * from one round to the next (money only goes down), so the projects wait in a priority queue keyed by a lower
 * bound of their ρ: a stale head is first bounded in whole numbers on {@code long}s from each class's money
 * rounded up to 1/1024 of a unit (more money can only lower a price, so this bound is sound, see {@code bound}),
 * and only a head whose bound stays first is priced exactly; the round's winner is the exactly least ρ (then
 * {@link TieBreak}) among all candidates whose bound does not exceed it. No floating point is used.
 *
 * <p><b>Trace</b>: the steps of the run that gave the result (the rounds' {@code SELECTED}, {@code TIE_BROKEN},
 * {@code NOT_AFFORDABLE}, {@code NO_SUPPORTERS}), then one {@code COMPLETION_INCREMENT} per increment tried
 * (with its per-voter budget and its outcome's cost) and a last {@code COMPLETION_STOPPED}.
 */
@ApplicationScoped
public class EqualSharesRule {

    /** The grid of the bounds: money rounded up to 1/1024 of a currency unit. */
    static final long GRID = 1024;

    private final boolean bounded;

    public EqualSharesRule() {
        this(true);
    }

    /** With {@code bounded} false every candidate is priced exactly (slower, for tests that compare). */
    EqualSharesRule(boolean bounded) {
        this.bounded = bounded;
    }

    public Outcome compute(Election election) {
        Prepared prepared = new Prepared(election, bounded);
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
        /** Costs as {@code long}s, or -1 where a cost does not fit one. */
        final long[] costUnits;
        final boolean bounded;
        final TieBreak tieBreak;

        Prepared(Election election, boolean bounded) {
            this.bounded = bounded;
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
            costUnits = new long[candidates.length];
            for (int c = 0; c < candidates.length; c++) {
                for (int g : supporters[c]) {
                    supportWeight[c] += weights[g];
                }
                costUnits[c] = candidates[c].cost().bitLength() < 63 ? candidates[c].cost().longValue() : -1;
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
            return new Money(this, perVoterBudget, trace, bounded).run();
        }
    }

    /**
     * The voters' money during one run. Every group of ballots is in a money class; all classes share one common
     * denominator, so a class's money is {@code numerator / denominator} and pricing a project needs only whole
     * number multiplications, additions and comparisons (no greatest common divisors). When a round's price needs a
     * finer denominator, the numerators catch up with it one by one when next used ({@link #numerator(int)}).
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
        private final boolean bounded;
        /** Each class's money rounded up to the grid, in grid units, for the bounds that spare exact pricing. */
        private long[] grid = new long[16];
        private boolean gridFits = true;
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

        Money(Prepared in, Fraction perVoterBudget, boolean trace, boolean bounded) {
            this.in = in;
            this.trace = trace;
            this.bounded = bounded;
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

        /**
         * A candidate in the queue: {@code key} is a lower bound of its ρ, valid from now on (ρ never falls);
         * {@code boundVersion} is the money version the key was bounded at, {@code exact} its exact price if any.
         */
        private record Waiting(int candidate, Rational key, int boundVersion, Priced exact) {
        }

        /** A non-negative rational, not normalised; only compared. */
        private record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {

            static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

            @Override
            public int compareTo(Rational other) {
                return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
            }

            Rational max(Rational other) {
                return compareTo(other) >= 0 ? this : other;
            }

            static Rational of(Priced priced) {
                return new Rational(priced.rhoNumerator(), priced.rhoDenominator());
            }
        }

        /** What {@link #bound} found out without exact pricing. */
        private static final Rational UNAFFORDABLE = new Rational(BigInteger.ONE, BigInteger.ZERO);

        Run run() {
            Comparator<Waiting> order = Comparator.comparing(Waiting::key)
                    .thenComparingInt(w -> in.tieRank[w.candidate()]);
            PriorityQueue<Waiting> queue = new PriorityQueue<>(Math.max(1, in.candidates.length), order);
            int round = 1;
            for (int c = 0; c < in.candidates.length; c++) {
                if (in.supporters[c].length == 0) {
                    unaffordable(c, round);
                } else {
                    queue.add(new Waiting(c, Rational.ZERO, -1, null));
                }
            }
            while (!queue.isEmpty()) {
                Waiting head = queue.poll();
                int c = head.candidate();
                if (head.exact() == null || head.exact().version() != version) {
                    // not priced exactly with the money as it is now: first a bound on the grid, and when that
                    // bound comes to the head of the queue, the exact price
                    Rational bound = head.boundVersion() == version || !bounded ? null : bound(c);
                    if (bound == UNAFFORDABLE) {
                        unaffordable(c, round);
                    } else if (bound != null) {
                        queue.add(new Waiting(c, bound.max(head.key()), version, null));
                    } else {
                        Priced fresh = price(c);
                        if (fresh == null) {
                            unaffordable(c, round);
                        } else {
                            queue.add(new Waiting(c, Rational.of(fresh), version, fresh));
                        }
                    }
                    continue;
                }
                // head is priced exactly and every other candidate's ρ is at least its key; price exactly all
                // whose key does not exceed head's ρ, and take the least of them
                Rational least = head.key();
                List<Priced> contenders = new ArrayList<>(List.of(head.exact()));
                while (!queue.isEmpty() && queue.peek().key().compareTo(least) <= 0) {
                    Waiting next = queue.poll();
                    Priced fresh = next.exact() != null && next.exact().version() == version ? next.exact()
                            : price(next.candidate());
                    if (fresh == null) {
                        unaffordable(next.candidate(), round);
                    } else {
                        contenders.add(fresh);
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
                for (Priced contender : contenders) {
                    if (contender != winner) {
                        queue.add(new Waiting(contender.candidate(), Rational.of(contender), version, contender));
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

        /**
         * A lower bound of the candidate's ρ in whole-number arithmetic on {@code long}s: each class's money
         * rounded up to the grid of {@code 1 / GRID} currency units. With more money the supporters' equal share
         * can only be lower ({@code sum of min(money, p)} grows with the money, so a smaller {@code p} reaches the
         * cost), so the price found on the grid is at most the exact price; and when even the rounded-up money does
         * not reach the cost, the candidate is certainly unaffordable ({@link #UNAFFORDABLE}). {@code null} when a
         * number does not fit a {@code long}: then the exact price decides.
         */
        private Rational bound(int c) {
            if (!gridFits) {
                return null;
            }
            int count = gather(c);
            long remaining;
            try {
                remaining = Math.multiplyExact(in.costUnits[c], GRID);
            } catch (ArithmeticException e) {
                remaining = -1;
            }
            long weight = in.supportWeight[c];
            boolean found = false;
            boolean fits = remaining >= 0;
            for (int i = 0; i < count; i++) {
                int cls = (int) keys[i];
                long w = weightOf[cls];
                weightOf[cls] = 0;
                if (found || !fits) {
                    continue;
                }
                long money = grid[cls];
                try {
                    if (money == 0) {
                        weight -= w;
                    } else if (Math.multiplyExact(money, weight) >= remaining) {
                        found = true;
                    } else {
                        remaining -= Math.multiplyExact(money, w);
                        weight -= w;
                    }
                } catch (ArithmeticException e) {
                    fits = false;
                }
            }
            if (!fits) {
                return null;
            }
            if (!found) {
                return UNAFFORDABLE;
            }
            // price >= remaining / (weight * GRID), so rho >= remaining / (weight * GRID * cost)
            return new Rational(BigInteger.valueOf(remaining), BigInteger.valueOf(weight)
                    .multiply(BigInteger.valueOf(GRID)).multiply(in.candidates[c].cost()));
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

        /** Compares two classes' money, on the grid where that tells them apart. */
        private int compareMoney(int a, int b) {
            if (gridFits && grid[a] != grid[b]) {
                // rounded up to the grid, the smaller is at least one grid unit below the other
                return grid[a] < grid[b] ? -1 : 1;
            }
            return numerator(a).compareTo(numerator(b));
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
                grid = Arrays.copyOf(grid, size);
                epochs = Arrays.copyOf(epochs, size);
            }
            numerators[classes] = numerator;
            epochs[classes] = catchUp.size() - 1;
            if (gridFits) {
                // ceil(numerator * GRID / denominator)
                BigInteger[] qr = numerator.multiply(BigInteger.valueOf(GRID)).divideAndRemainder(denominator);
                BigInteger up = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
                gridFits = up.bitLength() < 63;
                grid[classes] = gridFits ? up.longValue() : 0;
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
