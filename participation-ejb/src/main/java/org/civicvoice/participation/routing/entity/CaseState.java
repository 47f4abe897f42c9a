package org.civicvoice.participation.routing.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a case stands. */
public enum CaseState {
    NEW, ASSIGNED, IN_PROGRESS, AWAITING_APPROVAL, ANSWERED, CLOSED;

    /** The states of a case still waiting for its answer. */
    public static final Set<CaseState> OPEN = Collections.unmodifiableSet(
            EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, AWAITING_APPROVAL));

    /** A case still waiting for its answer: it has a running due date. */
    public boolean isOpen() {
        return this != ANSWERED && this != CLOSED;
    }
}
