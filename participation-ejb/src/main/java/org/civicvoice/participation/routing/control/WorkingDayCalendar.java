package org.civicvoice.participation.routing.control;

import org.civicvoice.participation.routing.boundary.CaseTypes;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.routing.entity.CaseType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts working days in the deployment's time zone: weekends (Saturday and Sunday unless configured) and the
 * holidays in {@code rte_holiday} do not count. A due date is the end of its day.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class WorkingDayCalendar {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseTypes caseTypes;

    @Inject
    @ConfigProperty(name = "participation.zone", defaultValue = "UTC")
    String zoneName;

    @Inject
    @ConfigProperty(name = "participation.weekend", defaultValue = "SATURDAY,SUNDAY")
    String weekendDays;

    /**
     * The time allowed for a case type in a body: its own row, else the row for every body, else what the feature
     * registering the type asks for.
     */
    public Deadline deadlineFor(CaseType type, Body body) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT working_days, reminder_days, escalation_days FROM rte_deadline
                        WHERE case_type = ? AND (body_id = ? OR body_id IS NULL)
                        ORDER BY body_id IS NULL LIMIT 1""")
                .setParameter(1, type.name())
                .setParameter(2, body.getId())
                .getResultList();
        if (rows.isEmpty()) {
            return caseTypes.definition(type)
                    .map(d -> new Deadline(d.workingDays(), d.reminderDays(), d.escalationDays()))
                    .orElse(Deadline.FALLBACK);
        }
        Object[] row = rows.get(0);
        return new Deadline(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), ((Number) row[2]).intValue());
    }

    /** The end of the working day that comes {@code workingDays} working days after the day of {@code start}. */
    public Instant dueAfter(Instant start, int workingDays) {
        ZoneId zone = zone();
        LocalDate startDay = start.atZone(zone).toLocalDate();
        LocalDate due = addWorkingDays(startDay, workingDays, weekend(), holidaysFrom(startDay, workingDays));
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The start of the working day {@code workingDays} working days before the day a due instant ends; none for 0. */
    public Instant before(Instant due, int workingDays) {
        if (workingDays <= 0) {
            return null;
        }
        ZoneId zone = zone();
        LocalDate dueDay = due.minusNanos(1).atZone(zone).toLocalDate();
        LocalDate from = dueDay.minusDays(workingDays * 3L + 30);
        Set<LocalDate> holidays = holidays(from, dueDay);
        return subtractWorkingDays(dueDay, workingDays, weekend(), holidays).atStartOfDay(zone).toInstant();
    }

    private Set<LocalDate> holidaysFrom(LocalDate startDay, int workingDays) {
        return holidays(startDay, startDay.plusDays(workingDays * 3L + 60));
    }

    private Set<LocalDate> holidays(LocalDate from, LocalDate to) {
        List<LocalDate> days = em.createQuery(
                        "SELECT h.day FROM Holiday h WHERE h.day BETWEEN :from AND :to", LocalDate.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return new HashSet<>(days);
    }

    public ZoneId zone() {
        return ZoneId.of(zoneName);
    }

    Set<DayOfWeek> weekend() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekendDays.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(day -> days.add(DayOfWeek.valueOf(day.toUpperCase())));
        return days;
    }

    public static boolean isWorkingDay(LocalDate day, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The day {@code workingDays} working days after {@code start} (the start day itself does not count). */
    public static LocalDate addWorkingDays(LocalDate start, int workingDays, Set<DayOfWeek> weekend,
                                           Set<LocalDate> holidays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        if (weekend.size() >= 7) {
            throw new IllegalArgumentException("a week needs a working day");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day, weekend, holidays)) {
                counted++;
            }
        }
        return day;
    }

    /** The working day that lies {@code workingDays} working days before {@code end}. */
    public static LocalDate subtractWorkingDays(LocalDate end, int workingDays, Set<DayOfWeek> weekend,
                                                Set<LocalDate> holidays) {
        if (weekend.size() >= 7) {
            throw new IllegalArgumentException("a week needs a working day");
        }
        LocalDate day = end;
        int counted = 0;
        while (counted < workingDays) {
            day = day.minusDays(1);
            if (isWorkingDay(day, weekend, holidays)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days to answer, to remind before the due date, and after it to escalate a second time. */
    public record Deadline(int workingDays, int reminderDays, int escalationDays) {
        static final Deadline FALLBACK = new Deadline(20, 3, 5);
    }
}
