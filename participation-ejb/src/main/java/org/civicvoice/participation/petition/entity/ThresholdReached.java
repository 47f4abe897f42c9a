package org.civicvoice.participation.petition.entity;

import java.time.Instant;

/** A petition reached one of its thresholds: whoever must act on {@code consequence} takes it from here. */
public record ThresholdReached(PetitionNumber petition, String bodySlug, Consequence consequence, int signatures,
                               Instant at) {
}
