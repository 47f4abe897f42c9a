package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.lawtext.entity.LawStyle;

import java.time.Instant;
import java.util.List;

/** One version of a consultation's text: its units in order with their comment counts, and the draft-wide count. */
public record VersionStructure(long consultation, int number, LawStyle style, String preamble, Instant publishedAt,
                               List<UnitView> units, long draftComments) {
}
