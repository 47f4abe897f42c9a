package org.civicvoice.participation.consultation.entity;

import java.time.Instant;

/** What an official fills in to create a consultation; the boundary checks it. */
public record ConsultationDraft(String bodySlug, String title, String summary, String topicSlug, String regionCode,
                                Instant opensAt, Instant closesAt, String contact) {
}
