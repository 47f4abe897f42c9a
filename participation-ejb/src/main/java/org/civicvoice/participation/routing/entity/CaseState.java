package org.civicvoice.participation.routing.entity;

/** Where a case stands. */
public enum CaseState {
    NEW, ASSIGNED, IN_PROGRESS, AWAITING_APPROVAL, ANSWERED, CLOSED;

    /** A case still waiting for its answer: it has a running due date. */
    public boolean isOpen() {
        return this != ANSWERED && this != CLOSED;
    }
}
