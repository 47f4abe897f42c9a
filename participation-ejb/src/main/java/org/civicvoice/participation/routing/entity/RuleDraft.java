package org.civicvoice.participation.routing.entity;

/** What an administrator writes for a routing rule: conditions (each optional), the body, priority, a note. */
public record RuleDraft(CaseType caseType, String topicSlug, String regionCode, String bodySlug, int priority,
                        String note) {
}
