package org.civicvoice.participation.consultation.entity;

/**
 * One decision an official gives to one or more comments: the disposition, its reason (required when the comment
 * is not accepted) and, for an accepted or partly accepted one, the stable key of the unit it changed.
 */
public record DispositionDecision(Disposition disposition, String reason, String changedUnitKey) {

    public static final int REASON_LENGTH = 2000;

    public DispositionDecision {
        if (disposition == null) {
            throw new InvalidConsultation("consultation.disposition.required");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > REASON_LENGTH) {
            throw new InvalidConsultation("consultation.disposition.reasonLength", REASON_LENGTH);
        }
        if (disposition == Disposition.NOT_ACCEPTED && reason == null) {
            throw new InvalidConsultation("consultation.disposition.reasonRequired");
        }
        changedUnitKey = changedUnitKey == null || changedUnitKey.isBlank() ? null : changedUnitKey.strip();
        if (changedUnitKey != null && !disposition.changesText()) {
            throw new InvalidConsultation("consultation.disposition.unitOnlyWhenAccepted");
        }
    }
}
