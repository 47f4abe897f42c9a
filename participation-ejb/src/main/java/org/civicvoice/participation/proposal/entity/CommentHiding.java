package org.civicvoice.participation.proposal.entity;

/** Why a moderator hid a comment; the coded reason is shown in place of the text. */
public enum CommentHiding {
    OFFENSIVE, DEFAMATORY, SPAM, OFF_TOPIC, PERSONAL_DATA
}
