package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.PlainText;

/** What a petition says: its title, what it asks for, and why. Trimmed; each part within its length. */
public record PetitionText(String title, String action, String background) {

    public static final int TITLE_MIN = 10;
    public static final int TITLE_LENGTH = 150;
    public static final int ACTION_LENGTH = 1000;
    public static final int BACKGROUND_LENGTH = 5000;

    public PetitionText {
        title = title == null ? "" : PlainText.line(title);
        action = clean(action);
        background = clean(background);
        if (title.length() < TITLE_MIN || title.length() > TITLE_LENGTH) {
            throw new InvalidPetition("petition.text.title", TITLE_MIN, TITLE_LENGTH);
        }
        if (action.isEmpty() || action.length() > ACTION_LENGTH) {
            throw new InvalidPetition("petition.text.action", ACTION_LENGTH);
        }
        if (background.isEmpty() || background.length() > BACKGROUND_LENGTH) {
            throw new InvalidPetition("petition.text.background", BACKGROUND_LENGTH);
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replace("\r\n", "\n");
    }
}
