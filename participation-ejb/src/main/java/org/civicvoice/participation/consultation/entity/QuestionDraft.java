package org.civicvoice.participation.consultation.entity;

import java.util.List;

/**
 * A question as an official writes it: its kind, its text and, for a choice, its options (2 to
 * {@value #MAX_OPTIONS}, each at most {@value #OPTION_LENGTH} characters). Cleaned and checked on creation.
 */
public record QuestionDraft(QuestionKind kind, String text, List<String> options) {

    public static final int TEXT_LENGTH = 500;
    public static final int OPTION_LENGTH = 200;
    public static final int MAX_OPTIONS = 20;

    public QuestionDraft {
        if (kind == null) {
            throw new InvalidConsultation("consultation.question.kind");
        }
        text = text == null ? "" : text.strip();
        if (text.length() < 5 || text.length() > TEXT_LENGTH) {
            throw new InvalidConsultation("consultation.question.text", 5, TEXT_LENGTH);
        }
        List<String> cleaned = options == null ? List.of() : options.stream()
                .map(o -> o == null ? "" : o.strip()).filter(o -> !o.isEmpty()).toList();
        if (kind == QuestionKind.FREE_TEXT) {
            if (!cleaned.isEmpty()) {
                throw new InvalidConsultation("consultation.question.noOptions");
            }
        } else if (cleaned.size() < 2 || cleaned.size() > MAX_OPTIONS || cleaned.stream().distinct().count()
                != cleaned.size() || cleaned.stream().anyMatch(o -> o.length() > OPTION_LENGTH)) {
            throw new InvalidConsultation("consultation.question.options", MAX_OPTIONS, OPTION_LENGTH);
        }
        options = cleaned;
    }
}
