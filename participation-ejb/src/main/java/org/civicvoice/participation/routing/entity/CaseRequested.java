package org.civicvoice.participation.routing.entity;

/** A feature asked for a case: once its transaction commits, routing opens the case. */
public record CaseRequested(CaseType type, ItemRef item) {
}
