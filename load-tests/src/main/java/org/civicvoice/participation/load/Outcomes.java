package org.civicvoice.participation.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many answers of each kind ("201 SIGNED", "503", "IOException") the workers got; thread-safe. */
final class Outcomes {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void count(String outcome) {
        counts.computeIfAbsent(outcome, key -> new LongAdder()).increment();
    }

    long get(String outcome) {
        LongAdder adder = counts.get(outcome);
        return adder == null ? 0 : adder.sum();
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Every outcome but the expected one, with its count, sorted by name. */
    Map<String, Long> except(String expected) {
        Map<String, Long> others = new TreeMap<>();
        counts.forEach((outcome, count) -> {
            if (!outcome.equals(expected)) {
                others.put(outcome, count.sum());
            }
        });
        return others;
    }
}
