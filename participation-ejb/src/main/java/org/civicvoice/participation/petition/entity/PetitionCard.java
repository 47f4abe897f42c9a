package org.civicvoice.participation.petition.entity;

import java.time.Instant;

/**
 * A petition as lists show it: text hidden where moderation hid it, the count, and progress toward the next
 * threshold (or the highest, once all are reached), and the language its text is written in.
 */
public record PetitionCard(long number, String title, String action, PetitionState state, String bodySlug,
                           String bodyName, String topicSlug, String topicName, String regionCode, String regionName,
                           int signatures, int goal, Consequence goalConsequence, boolean goalReached,
                           Instant openedAt, Instant closesAt, Instant answeredAt, String language) {

    /** The same card with another count (the one read with the reader's own signature in it). */
    public PetitionCard withSignatures(int count) {
        return new PetitionCard(number, title, action, state, bodySlug, bodyName, topicSlug, topicName, regionCode,
                regionName, count, goal, goalConsequence, goalReached, openedAt, closesAt, answeredAt, language);
    }

    /** Progress toward the goal in percent, 0 to 100. */
    public int getPercent() {
        return goal <= 0 ? 0 : (int) Math.min(100, Math.floor(signatures * 100.0 / goal));
    }

    public long getNumber() {
        return number;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getAction() {
        return action;
    }

    public PetitionState getState() {
        return state;
    }

    public String getBodySlug() {
        return bodySlug;
    }

    public String getBodyName() {
        return bodyName;
    }

    public String getTopicName() {
        return topicName;
    }

    public String getRegionName() {
        return regionName;
    }

    public int getSignatures() {
        return signatures;
    }

    public int getGoal() {
        return goal;
    }

    public Consequence getGoalConsequence() {
        return goalConsequence;
    }

    public boolean isGoalReached() {
        return goalReached;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
