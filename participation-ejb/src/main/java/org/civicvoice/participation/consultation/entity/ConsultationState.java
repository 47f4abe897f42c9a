package org.civicvoice.participation.consultation.entity;

/** Drafted by the body, open for comments between its dates, closed, and finally answered by its report. */
public enum ConsultationState {
    DRAFT,
    OPEN,
    CLOSED,
    REPORT_PUBLISHED
}
