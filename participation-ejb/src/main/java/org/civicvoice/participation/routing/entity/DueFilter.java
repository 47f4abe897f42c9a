package org.civicvoice.participation.routing.entity;

/** Which due dates a work queue shows. */
public enum DueFilter {
    ANY, DUE_SOON, OVERDUE
}
