package org.civicvoice.participation.budget.control;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How long both rules take on a big heading: 200 projects costing 10,000 to 500,000, 100,000 ballots approving 5 to
 * 15 random projects each, a budget of 5,000,000, all from a fixed random seed. A plain {@code main}, not a test:
 * it prints the figures (wall and thread CPU seconds, three times, the first one cold) and asserts nothing. The
 * same projects with 1,000 ballots show the Add1 loop with many cheap runs. In {@code participation-ejb}:
 * <pre>
 * mvn -q -pl participation-ejb -am test-compile   (from the project root)
 * java -cp target/test-classes:target/classes:$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar \
 *     org.civicvoice.participation.budget.control.ResultsMeasurement
 * </pre>
 */
public final class ResultsMeasurement {

    private ResultsMeasurement() {
    }

    static Election heading(long seed) {
        return heading(seed, 100_000);
    }

    static Election heading(long seed, int voters) {
        Random random = new Random(seed);
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < 200; p++) {
            candidates.add(Candidate.of("p" + p, 10_000 + random.nextInt(490_001)));
        }
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            int size = 5 + random.nextInt(11);
            Set<String> approved = new HashSet<>();
            while (approved.size() < size) {
                approved.add("p" + random.nextInt(200));
            }
            ballots.add(new Ballot("v" + v, approved));
        }
        return Election.of(5_000_000, candidates, ballots, "measurement");
    }

    public static void main(String[] args) {
        measure(heading(42), 3);
        // few voters, so each voter's budget (5,000) is large and Add1 takes many one-unit steps
        System.out.println("the same projects with 1,000 ballots:");
        measure(heading(42, 1_000), 2);
    }

    private static void measure(Election election, int repeats) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int repeat = 0; repeat < repeats; repeat++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            Outcome greedy = new GreedyRule().compute(election);
            long middle = System.nanoTime();
            long middleCpu = threads.getCurrentThreadCpuTime();
            Outcome shares = new EqualSharesRule().compute(election);
            long end = System.nanoTime();
            long endCpu = threads.getCurrentThreadCpuTime();
            long increments = shares.steps().stream()
                    .filter(s -> s.kind() == ComputationStep.Kind.COMPLETION_INCREMENT).count();
            ComputationStep last = shares.steps().get(shares.steps().size() - 1);
            long moneyLeft = shares.steps().stream().mapToLong(step -> step.moneyLeft().size()).sum();
            System.out.printf("run %d%n", repeat + 1);
            System.out.printf("greedy:       %.3f s (cpu %.3f s), %d selected, %s spent%n", (middle - start) / 1e9,
                    (middleCpu - startCpu) / 1e9, greedy.selected().size(), greedy.spent());
            System.out.printf("equal shares: %.3f s (cpu %.3f s), %d selected, %s spent, %d Add1 increments,"
                            + " stopped %s at %s per voter; %d steps, %d money-left groups in them%n",
                    (end - middle) / 1e9, (endCpu - middleCpu) / 1e9, shares.selected().size(), shares.spent(),
                    increments, last.stopReason(), last.perVoterBudget(), shares.steps().size(), moneyLeft);
        }
    }
}
