package org.civicvoice.participation.consultation.entity;

/**
 * A comment as written: on the whole draft ({@code unitKey} null) or on one unit, optionally quoting its words,
 * optionally for an organisation, or a reply to {@code replyTo}.
 */
public record CommentDraft(String unitKey, String quote, String text, String onBehalfOf, Long replyTo) {
}
