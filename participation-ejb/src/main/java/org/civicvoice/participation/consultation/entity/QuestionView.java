package org.civicvoice.participation.consultation.entity;

import java.util.List;

/**
 * A question as readers see it: its options with the number of people who chose each (counted once the
 * consultation has closed, so that early answers do not sway later ones; null while open), how many answered,
 * and what the reader answered (option ids and text, if signed in and answered).
 */
public record QuestionView(long id, int position, QuestionKind kind, String text, List<Option> options,
                           Long answered, List<Long> myOptions, String myText) {

    /** An option and, once counted, how many chose it. */
    public record Option(long id, String text, Long chosen) {
    }

    /** The share of the answers that chose the option, in per cent (0 before counting). */
    public int percent(Option option) {
        return answered == null || answered == 0 || option.chosen() == null ? 0
                : (int) (option.chosen() * 100 / answered);
    }
}
