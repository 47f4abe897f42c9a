package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.ContentText;

import java.time.Instant;
import java.util.Map;

/**
 * What an official fills in to create a consultation; the boundary checks it. {@code translations} holds the title
 * ({@code name}) and summary ({@code description}) in the platform's other languages, by language tag.
 */
public record ConsultationDraft(String bodySlug, String title, String summary, String topicSlug, String regionCode,
                                Instant opensAt, Instant closesAt, String contact,
                                Map<String, ContentText> translations) {
}
