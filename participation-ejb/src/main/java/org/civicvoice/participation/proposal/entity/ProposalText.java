package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.shared.PlainText;

/**
 * What a proposal says: its title, what should change, and why. Trimmed; each part within its length. The
 * organisation the author speaks for, if any, is optional.
 */
public record ProposalText(String title, ProposalKind kind, String change, String reason, String onBehalfOf) {

    public static final int TITLE_MIN = 10;
    public static final int TITLE_LENGTH = 150;
    public static final int CHANGE_LENGTH = 5000;
    public static final int REASON_LENGTH = 5000;
    public static final int ON_BEHALF_OF_LENGTH = 200;

    public ProposalText {
        title = title == null ? "" : PlainText.line(title);
        change = clean(change);
        reason = clean(reason);
        onBehalfOf = onBehalfOf == null ? "" : PlainText.line(onBehalfOf);
        if (title.length() < TITLE_MIN || title.length() > TITLE_LENGTH) {
            throw new InvalidProposal("proposal.text.title", TITLE_MIN, TITLE_LENGTH);
        }
        if (kind == null) {
            throw new InvalidProposal("proposal.text.kind");
        }
        if (change.isEmpty() || change.length() > CHANGE_LENGTH) {
            throw new InvalidProposal("proposal.text.change", CHANGE_LENGTH);
        }
        if (reason.isEmpty() || reason.length() > REASON_LENGTH) {
            throw new InvalidProposal("proposal.text.reason", REASON_LENGTH);
        }
        if (onBehalfOf.length() > ON_BEHALF_OF_LENGTH) {
            throw new InvalidProposal("proposal.text.onBehalfOf", ON_BEHALF_OF_LENGTH);
        }
        onBehalfOf = onBehalfOf.isEmpty() ? null : onBehalfOf;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replace("\r\n", "\n");
    }
}
