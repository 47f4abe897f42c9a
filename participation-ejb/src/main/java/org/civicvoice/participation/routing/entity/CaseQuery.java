package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.organisation.entity.BodySlug;

import java.util.Objects;

/**
 * A body's work queue: cases of the body (and those escalated to it for oversight), in one state (none: every
 * open state), of one type (none: all), by due date, optionally only the caller's own.
 */
public record CaseQuery(BodySlug body, CaseState state, CaseType type, DueFilter due, boolean mine, int first,
                        int size) {

    public CaseQuery {
        Objects.requireNonNull(body);
        due = due == null ? DueFilter.ANY : due;
        first = Math.max(0, first);
    }
}
