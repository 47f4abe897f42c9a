package org.civicvoice.participation.budget.entity;

import java.time.LocalDate;

/** What an official reports about a milestone of a winning project. */
public record MilestoneDraft(String title, String description, LocalDate dueOn, MilestoneStatus status, int progress,
                             long spent) {
}
