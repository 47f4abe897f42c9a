package org.civicvoice.participation.petition.entity;

/**
 * What an author submits: the text, the body addressed and the petition type of that body (by code), the topic,
 * and an optional region the petition concerns.
 */
public record PetitionDraft(String body, String type, String topic, String region, String title, String action,
                           String background) {

    public PetitionText text() {
        return new PetitionText(title, action, background);
    }
}
