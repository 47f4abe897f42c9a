package org.civicvoice.participation.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: its items, the total count, and where the page starts. */
public record ResultPage<T>(List<T> items, long total, int first, int size) {

    public static final int MAX_SIZE = 200;

    public ResultPage {
        items = List.copyOf(items);
        if (total < 0 || first < 0 || size < 1) {
            throw new IllegalArgumentException("total and first must not be negative, size must be positive");
        }
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), total, first, size);
    }

    public boolean hasNext() {
        return (long) first + items.size() < total;
    }

    /** A page size within 1..MAX_SIZE. */
    public static int clampSize(int requested) {
        return Math.max(1, Math.min(MAX_SIZE, requested));
    }
}
