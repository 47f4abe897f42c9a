package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.shared.KeyedText;

import java.time.Instant;
import java.util.List;

/** A step of a proposal's timeline as stored: a bundle key and its arguments, rendered in the reader's language. */
public record TimelineEntry(KeyedText text, Instant at) {

    public String key() {
        return text.key();
    }

    public List<String> arguments() {
        return text.arguments();
    }
}
