package org.civicvoice.participation.budget.entity;

import org.civicvoice.participation.shared.KeyedText;

import java.time.Instant;

/** A step on a process's public timeline. */
public record TimelineEntry(KeyedText text, Instant at) {
}
