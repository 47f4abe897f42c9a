package org.civicvoice.participation.petition.entity;

import java.time.Instant;

/**
 * A petition reached one of its thresholds: whoever must act on {@code consequence} takes it from here. Carries
 * what routing needs: the title, the addressed body, the topic and the region (null when national).
 */
public record ThresholdReached(PetitionNumber petition, String title, String bodySlug, String topicSlug,
                               String regionCode, Consequence consequence, int signatures, Instant at) {
}
