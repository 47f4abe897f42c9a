package org.civicvoice.participation.routing.entity;

/**
 * The time a case type gets: working days to answer, working days before the due date to remind, and working
 * days after it until the second escalation. {@code bodySlug} names the body it applies to; none: every body
 * without a setting of its own.
 */
public record DeadlineSetting(CaseType type, String bodySlug, int workingDays, int reminderDays, int escalationDays) {

    public static final int MAX_DAYS = 365;

    public DeadlineSetting {
        if (type == null) {
            throw new InvalidCaseInput("deadline.type");
        }
        if (workingDays < 1 || workingDays > MAX_DAYS || reminderDays < 0 || reminderDays >= workingDays
                || escalationDays < 1 || escalationDays > MAX_DAYS) {
            throw new InvalidCaseInput("deadline.days");
        }
    }
}
