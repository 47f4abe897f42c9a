package org.civicvoice.participation.proposal.entity;

import java.time.Instant;
import java.util.List;

/**
 * A comment as the page shows it, with its replies and the language it is written in; a hidden one shows its coded
 * reason instead of the text.
 */
public record CommentView(long id, String authorName, String text, CommentHiding hiddenReason, Instant at,
                          List<CommentView> replies, String language) {
}
