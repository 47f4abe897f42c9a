package org.civicvoice.participation.routing.control;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDayCalendarTest {

    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    @Test
    void countingFromFridaySkipsTheWeekend() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertEquals(LocalDate.of(2026, 11, 30), WorkingDayCalendar.addWorkingDays(friday, 1, WEEKEND, Set.of()));
        assertEquals(LocalDate.of(2026, 12, 4), WorkingDayCalendar.addWorkingDays(friday, 5, WEEKEND, Set.of()));
    }

    @Test
    void aStartOnSaturdayCountsFromMonday() {
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        assertEquals(LocalDate.of(2026, 11, 30), WorkingDayCalendar.addWorkingDays(saturday, 1, WEEKEND, Set.of()));
    }

    @Test
    void holidaysDoNotCount() {
        LocalDate thursday = LocalDate.of(2026, 12, 24);
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
        // Fri 25 holiday, weekend, Mon 28 .. Thu 31, Fri 1 holiday, weekend, Mon 4
        assertEquals(LocalDate.of(2026, 12, 31), WorkingDayCalendar.addWorkingDays(thursday, 4, WEEKEND, holidays));
        assertEquals(LocalDate.of(2027, 1, 4), WorkingDayCalendar.addWorkingDays(thursday, 5, WEEKEND, holidays));
    }

    @Test
    void twentyWorkingDaysAreFourWeeksWithoutHolidays() {
        LocalDate monday = LocalDate.of(2027, 2, 1);
        assertEquals(LocalDate.of(2027, 3, 1), WorkingDayCalendar.addWorkingDays(monday, 20, WEEKEND, Set.of()));
    }

    @Test
    void aDifferentWeekendIsHonoured() {
        Set<DayOfWeek> fridaySaturday = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        assertEquals(LocalDate.of(2026, 11, 29), WorkingDayCalendar.addWorkingDays(thursday, 1, fridaySaturday, Set.of()));
    }

    @Test
    void subtractingSkipsWeekendsAndHolidays() {
        LocalDate monday = LocalDate.of(2027, 1, 4);
        Set<LocalDate> holidays = Set.of(LocalDate.of(2027, 1, 1));
        assertEquals(LocalDate.of(2026, 12, 31), WorkingDayCalendar.subtractWorkingDays(monday, 1, WEEKEND, holidays));
        assertEquals(monday, WorkingDayCalendar.subtractWorkingDays(monday, 0, WEEKEND, holidays));
    }

    @Test
    void workingDaysAreThoseOutsideWeekendAndHolidays() {
        assertTrue(WorkingDayCalendar.isWorkingDay(LocalDate.of(2026, 11, 24), WEEKEND, Set.of()));
        assertFalse(WorkingDayCalendar.isWorkingDay(LocalDate.of(2026, 11, 28), WEEKEND, Set.of()));
        assertFalse(WorkingDayCalendar.isWorkingDay(LocalDate.of(2026, 12, 25), WEEKEND, Set.of(LocalDate.of(2026, 12, 25))));
    }

    @Test
    void aWeekWithoutWorkingDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.addWorkingDays(LocalDate.of(2027, 1, 1), 1,
                EnumSet.allOf(DayOfWeek.class), Set.of()));
    }
}
