package org.civicvoice.participation.budget.entity;

import java.time.LocalDate;

/** A number of ballots for a region (its code, or null for voters without one) or for a day. */
public record TurnoutFigure(String regionCode, LocalDate day, long ballots) {
}
