package org.civicvoice.participation.routing.entity;

import java.util.List;

/**
 * Everything an official sees of a case: the case, its whole history (internal notes included), the answer,
 * commitments, and what the caller may do with it.
 */
public record CaseFile(Case routedCase, List<CaseEvent> history, Answer answer, List<Commitment> commitments,
                       boolean mayAssign, boolean mayApprove) {

    public CaseFile {
        history = List.copyOf(history);
        commitments = List.copyOf(commitments);
    }
}
