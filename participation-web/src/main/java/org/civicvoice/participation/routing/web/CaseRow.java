package org.civicvoice.participation.routing.web;

import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseState;
import org.civicvoice.participation.routing.entity.CaseType;

import java.io.Serializable;
import java.time.Instant;

/** One line of a work queue, as the table shows it. */
public record CaseRow(long number, String title, CaseType type, CaseState state, String assigneeName,
                      String oversightBodyName, Instant dueAt, boolean overdue) implements Serializable {

    /** The row with the oversight body's name in the reader's language. */
    static CaseRow of(Case routedCase, Instant now, String language) {
        return new CaseRow(routedCase.getId(), routedCase.getTitle(), routedCase.getType(), routedCase.getState(),
                routedCase.getAssignee() == null ? null : routedCase.getAssignee().getDisplayName(),
                routedCase.getOversightBody() == null ? null : routedCase.getOversightBody().name(language),
                routedCase.getDueAt(), routedCase.isOverdue(now));
    }

    public long getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public CaseType getType() {
        return type;
    }

    public CaseState getState() {
        return state;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public String getOversightBodyName() {
        return oversightBodyName;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
