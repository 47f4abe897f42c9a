package org.civicvoice.participation.consultation.entity;

import java.time.Instant;
import java.util.List;

/**
 * A comment as readers see it: text null and author null when hidden, its supports and replies, and once the
 * body decided, its disposition with the reason and the unit it changed (key, eId and label in the newest
 * version; null when it names none), and the language it is written in.
 */
public record CommentView(long id, String unitKey, int versionNumber, String author, String onBehalfOf, String quote,
                          String text, String hiddenReason, Instant createdAt, boolean answerRequested,
                          long supports, List<CommentView> replies, Disposition disposition,
                          String dispositionReason, String changedUnitKey, String changedUnitEId,
                          String changedUnitLabel, String language) {

    public boolean isHidden() {
        return hiddenReason != null;
    }
}
