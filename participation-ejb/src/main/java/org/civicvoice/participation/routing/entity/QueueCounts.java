package org.civicvoice.participation.routing.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many of a body's cases are in each state, and how many of its open cases are past their due date. */
public record QueueCounts(Map<CaseState, Long> byState, long overdue) {

    public QueueCounts {
        Map<CaseState, Long> copy = new EnumMap<>(CaseState.class);
        copy.putAll(byState);
        byState = Collections.unmodifiableMap(copy);
    }
}
