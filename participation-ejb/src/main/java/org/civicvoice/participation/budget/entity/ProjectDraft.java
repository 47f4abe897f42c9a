package org.civicvoice.participation.budget.entity;

import java.math.BigDecimal;

/** What a citizen fills in to propose a project for a heading of a budget. */
public record ProjectDraft(String headingSlug, String title, String description, String regionCode,
                           BigDecimal latitude, BigDecimal longitude, long estimatedCost) {
}
