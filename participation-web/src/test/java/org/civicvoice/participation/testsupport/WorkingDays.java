package org.civicvoice.participation.testsupport;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * An independent count of working days for tests of due dates: weekends (Saturday and Sunday) and the holidays
 * of the test database's calendar do not count.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The holidays between the two days, both included, as the platform's calendar has them. */
    public static Set<LocalDate> holidays(LocalDate from, LocalDate to) {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement statement = db.prepareStatement("SELECT day FROM rte_holiday WHERE day BETWEEN ? AND ?")) {
            statement.setDate(1, Date.valueOf(from));
            statement.setDate(2, Date.valueOf(to));
            Set<LocalDate> days = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    days.add(rows.getDate(1).toLocalDate());
                }
            }
            return days;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean workingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The day {@code days} working days after {@code start}. */
    public static LocalDate after(LocalDate start, int days, Set<LocalDate> holidays) {
        return step(start, days, 1, holidays);
    }

    /** The day {@code days} working days before {@code end}. */
    public static LocalDate before(LocalDate end, int days, Set<LocalDate> holidays) {
        return step(end, days, -1, holidays);
    }

    private static LocalDate step(LocalDate from, int days, int direction, Set<LocalDate> holidays) {
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(direction);
            if (workingDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }
}
