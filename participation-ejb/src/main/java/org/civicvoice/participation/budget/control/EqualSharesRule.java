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
    private record Priced(int candidate, Fraction rho, Fraction price, int version) {
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

    /** The voters' money during one run, by money class, and the rounds. */
    private static final class Money {
        private final Prepared in;
        private final boolean trace;
        private final Run run;
        /** The value of each money class; classes are never removed. */
        private final List<Fraction> values = new ArrayList<>();
        private final Map<Fraction, Integer> classOf = new HashMap<>();
        /** The class ids in ascending value, and each class's position in it. */
        private int[] sorted = new int[0];
        private int[] rank = new int[0];
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
            classFor(perVoterBudget);
            insertSorted(List.of(0));
        }

        Run run() {
            Comparator<Priced> order = Comparator.<Priced, Fraction>comparing(Priced::rho)
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
                while (!queue.isEmpty() && queue.peek().rho().compareTo(head.rho()) == 0) {
                    Priced next = queue.poll();
                    Priced fresh = next.version() == version ? next : price(next.candidate());
                    if (fresh == null) {
                        unaffordable(next.candidate(), round);
                        continue;
                    }
                    if (fresh.rho().compareTo(head.rho()) == 0) {
                        tied.add(in.candidates[fresh.candidate()].id());
                        firstTied = firstTied < 0 ? fresh.candidate() : firstTied;
                    }
                    back.add(fresh);
                }
                if (!tied.isEmpty() && trace) {
                    Candidate winner = in.candidates[head.candidate()];
                    Candidate first = in.candidates[firstTied];
                    run.steps.add(ComputationStep.tie(round, winner.id(), tied, in.tieBreak.decidedBy(winner, first),
                            head.rho(), run.perVoterBudget));
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
            Fraction remaining = in.costs[c];
            Fraction price = null;
            for (int i = 0; i < count; i++) {
                int cls = (int) keys[i];
                long w = weightOf[cls];
                weightOf[cls] = 0;
                if (price != null) {
                    continue;
                }
                Fraction money = values.get(cls);
                if (money.isZero()) {
                    weight -= w;
                    continue;
                }
                if (money.timesAtLeast(weight, remaining)) {
                    price = remaining.divide(weight);
                } else {
                    remaining = remaining.subtract(money.multiply(w));
                    weight -= w;
                }
            }
            if (price == null) {
                return null;
            }
            return new Priced(c, price.divide(in.costs[c]), price, version);
        }

        private void select(Priced priced, int round) {
            int c = priced.candidate();
            Fraction price = priced.price();
            Map<Integer, Integer> moved = new HashMap<>();
            Map<Integer, Long> paidBy = trace ? new HashMap<>() : null;
            List<Integer> created = new ArrayList<>();
            for (int g : in.supporters[c]) {
                int old = groupClass[g];
                Integer target = moved.get(old);
                if (target == null) {
                    Fraction money = values.get(old);
                    Fraction left = money.compareTo(price) > 0 ? money.subtract(price) : Fraction.ZERO;
                    int before = values.size();
                    target = classFor(left);
                    if (target >= before) {
                        created.add(target);
                    }
                    moved.put(old, target);
                }
                groupClass[g] = target;
                if (paidBy != null) {
                    paidBy.merge(old, (long) in.weights[g], Long::sum);
                }
            }
            insertSorted(created);
            version++;
            run.spent = run.spent.add(in.candidates[c].cost());
            run.selected.add(c);
            if (trace) {
                TreeMap<Fraction, Long> payments = new TreeMap<>(Comparator.reverseOrder());
                paidBy.forEach((cls, w) -> payments.merge(values.get(cls).min(price), w, Long::sum));
                run.steps.add(ComputationStep.equalShares(SELECTED, round, in.candidates[c], run.spent,
                        priced.rho(), run.perVoterBudget, shares(payments), shares(moneyLeft())));
            }
        }

        private TreeMap<Fraction, Long> moneyLeft() {
            long[] perClass = new long[values.size()];
            for (int g = 0; g < groupClass.length; g++) {
                perClass[groupClass[g]] += in.weights[g];
            }
            TreeMap<Fraction, Long> left = new TreeMap<>();
            for (int cls = 0; cls < perClass.length; cls++) {
                if (perClass[cls] > 0) {
                    left.put(values.get(cls), perClass[cls]);
                }
            }
            return left;
        }

        private static List<VoterShare> shares(Map<Fraction, Long> grouped) {
            List<VoterShare> shares = new ArrayList<>();
            grouped.forEach((amount, voters) -> shares.add(new VoterShare(amount, Math.toIntExact(voters))));
            return shares;
        }

        private int classFor(Fraction value) {
            Integer existing = classOf.get(value);
            if (existing != null) {
                return existing;
            }
            int cls = values.size();
            values.add(value);
            classOf.put(value, cls);
            if (weightOf.length <= cls) {
                weightOf = Arrays.copyOf(weightOf, weightOf.length * 2);
            }
            return cls;
        }

        /** Puts new classes into the ascending order by binary search, then renumbers the ranks. */
        private void insertSorted(List<Integer> created) {
            if (created.isEmpty()) {
                return;
            }
            List<Integer> order = new ArrayList<>(sorted.length + created.size());
            for (int cls : sorted) {
                order.add(cls);
            }
            for (int cls : created) {
                Fraction value = values.get(cls);
                int low = 0;
                int high = order.size();
                while (low < high) {
                    int mid = (low + high) >>> 1;
                    if (values.get(order.get(mid)).compareTo(value) < 0) {
                        low = mid + 1;
                    } else {
                        high = mid;
                    }
                }
                order.add(low, cls);
            }
            sorted = order.stream().mapToInt(Integer::intValue).toArray();
            rank = new int[values.size()];
            for (int r = 0; r < sorted.length; r++) {
                rank[sorted[r]] = r;
            }
        }
    }
}
