package org.civicvoice.participation.petition.entity;

import java.time.Duration;

/** A petition waiting for moderation, with how long it has waited and how urgent it is. */
public record ModerationItem(Petition petition, Duration waiting, Urgency urgency) {

    public enum Urgency { ON_TIME, NEARLY_OVERDUE, OVERDUE }

    public Petition getPetition() {
        return petition;
    }

    public long getWaitingDays() {
        return waiting.toDays();
    }

    public long getWaitingHours() {
        return waiting.toHours();
    }

    public Urgency getUrgency() {
        return urgency;
    }
}
