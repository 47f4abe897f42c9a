package org.civicvoice.participation.consultation.entity;

import java.util.Optional;

/** A page of the public list: optionally one state, body, topic or region; newest closing date first. */
public record ConsultationQuery(Optional<ConsultationState> state, Optional<String> bodySlug,
                                Optional<String> topicSlug, Optional<String> regionCode, int first, int size) {
}
