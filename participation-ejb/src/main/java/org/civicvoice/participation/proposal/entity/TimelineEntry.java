package org.civicvoice.participation.proposal.entity;

import java.time.Instant;
import java.util.List;

/** A step of a proposal's timeline as stored: a bundle key and its arguments, rendered in the reader's language. */
public record TimelineEntry(String key, List<String> arguments, Instant at) {
}
