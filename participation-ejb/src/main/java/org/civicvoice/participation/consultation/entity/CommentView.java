package org.civicvoice.participation.consultation.entity;

import java.time.Instant;
import java.util.List;

/** A comment as readers see it: text null and author null when hidden, its supports and replies. */
public record CommentView(long id, String unitKey, int versionNumber, String author, String onBehalfOf, String quote,
                          String text, String hiddenReason, Instant createdAt, boolean answerRequested,
                          long supports, List<CommentView> replies) {
}
