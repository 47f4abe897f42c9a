package org.civicvoice.participation.routing.entity;

/** The steps of a case's history; public ones also appear on the item's public timeline. */
public enum CaseEventKind {
    ROUTED(true), ASSIGNED(false), CLAIMED(false), TRANSFERRED(true), ESCALATED(true), REMINDED(false), NOTE(false),
    ANSWER_DRAFTED(false), SUBMITTED(false), RETURNED(false), ANSWERED(true), HEARING_SCHEDULED(true),
    OUTCOME_RECORDED(true), COMMITMENT_MADE(true), COMMITMENT_DONE(true), COMMITMENT_DROPPED(true), COMMITMENT_OVERDUE(true),
    CLOSED(true);

    private final boolean visibleToPublic;

    CaseEventKind(boolean visibleToPublic) {
        this.visibleToPublic = visibleToPublic;
    }

    public boolean isPublic() {
        return visibleToPublic;
    }
}
