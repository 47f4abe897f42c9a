package org.civicvoice.participation.routing.entity;

/**
 * How a body's queue hands out new cases: by hand (claimed or assigned), or automatically to the official with
 * the fewest open cases, optionally only among those holding one position (e.g. "Petitions officer").
 */
public record QueueSetting(boolean automatic, String position) {

    public static final int POSITION_LENGTH = 120;
    public static final QueueSetting BY_HAND = new QueueSetting(false, null);

    public QueueSetting {
        position = position == null || position.isBlank() ? null : position.strip();
        if (position != null && position.length() > POSITION_LENGTH) {
            throw new InvalidCaseInput("queue.position");
        }
    }
}
