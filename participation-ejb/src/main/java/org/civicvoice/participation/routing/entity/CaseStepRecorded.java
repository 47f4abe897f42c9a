package org.civicvoice.participation.routing.entity;

/** A public step was written: once its transaction commits, routing hands it to the feature owning the item. */
public record CaseStepRecorded(long step) {
}
