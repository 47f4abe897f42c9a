package org.civicvoice.participation.routing.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeadlineSettingTest {

    @Test
    void aReminderComesBeforeTheDueDate() {
        assertEquals(19, new DeadlineSetting(CaseType.of("PROPOSAL"), null, 20, 19, 5).reminderDays());
        assertThrows(InvalidCaseInput.class, () -> new DeadlineSetting(CaseType.of("PROPOSAL"), null, 3, 3, 5));
    }

    @Test
    void daysStayWithinAYear() {
        assertThrows(InvalidCaseInput.class, () -> new DeadlineSetting(CaseType.of("PROPOSAL"), "capital-city", 0, 0, 5));
        assertThrows(InvalidCaseInput.class, () -> new DeadlineSetting(CaseType.of("PROPOSAL"), "capital-city", 366, 3, 5));
        assertThrows(InvalidCaseInput.class, () -> new DeadlineSetting(CaseType.of("PROPOSAL"), "capital-city", 20, 3, 0));
        assertThrows(InvalidCaseInput.class, () -> new DeadlineSetting(null, "capital-city", 20, 3, 5));
    }
}
