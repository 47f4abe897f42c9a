package org.civicvoice.participation.petition.rest;

import org.civicvoice.participation.petition.entity.PetitionCard;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the CSV export. Text a citizen wrote is guarded against formula injection: a cell starting with
 * {@code = + - @} (or a tab or carriage return) gets a leading single quote, so a spreadsheet shows it as text.
 */
public final class CsvCells {

    static final String[] HEADER = {"number", "title", "state", "body", "topic", "region", "signatures", "goal",
            "goalConsequence", "goalReached", "percent", "openedAt", "closesAt", "answeredAt"};

    private CsvCells() {
    }

    static List<Object> of(PetitionCard card) {
        return Arrays.asList(card.number(), text(card.title()), card.state().name(), text(card.bodySlug()),
                text(card.topicSlug()), text(card.regionCode()), card.signatures(), card.goal(),
                card.goalConsequence() == null ? null : card.goalConsequence().name(), card.goalReached(),
                card.getPercent(), card.openedAt(), card.closesAt(), card.answeredAt());
    }

    /** A text cell a spreadsheet will not evaluate. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
