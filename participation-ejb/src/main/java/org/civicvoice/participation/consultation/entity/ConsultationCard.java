package org.civicvoice.participation.consultation.entity;

import java.time.Instant;

/** A consultation in a list, with its comment count. */
public record ConsultationCard(long number, String title, String summary, ConsultationState state, String bodySlug,
                               String bodyName, String topicSlug, String regionCode, Instant opensAt,
                               Instant closesAt, Integer textVersion, long comments) {
}
