package org.civicvoice.participation.consultation.control;

import org.civicvoice.participation.consultation.entity.Disposition;
import org.civicvoice.participation.consultation.entity.ReportComment;
import org.civicvoice.participation.consultation.entity.ReportFigures;
import org.civicvoice.participation.consultation.entity.ReportFigures.Count;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts a report's figures from its comments: plain arithmetic on the rows, no database. */
public final class ReportTally {

    private ReportTally() {
    }

    public static ReportFigures figures(List<ReportComment> comments) {
        return new ReportFigures(comments.size(), participants(comments).size(), kind(comments, false),
                kind(comments, true), comments.stream().filter(c -> c.disposition() == null).count(),
                perUnit(comments), perDisposition(comments), byRegion(comments), perDay(comments));
    }

    private static Map<Long, ReportComment> participants(List<ReportComment> comments) {
        Map<Long, ReportComment> first = new LinkedHashMap<>();
        comments.forEach(c -> first.putIfAbsent(c.authorId(), c));
        return first;
    }

    private static long kind(List<ReportComment> comments, boolean organisation) {
        Set<Long> organisations = new HashSet<>();
        Set<Long> all = new HashSet<>();
        for (ReportComment c : comments) {
            all.add(c.authorId());
            if (c.forOrganisation()) {
                organisations.add(c.authorId());
            }
        }
        return organisation ? organisations.size() : all.size() - organisations.size();
    }

    private static List<Count> perUnit(List<ReportComment> comments) {
        record Unit(String key, String label, int position) {
        }
        Map<String, Unit> units = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (ReportComment c : comments) {
            String key = c.unitKey() == null ? "" : c.unitKey();
            units.putIfAbsent(key, new Unit(key, c.unitKey() == null ? "" : nullToEmpty(c.unitLabel()),
                    c.unitKey() == null ? -1 : c.unitPosition()));
            counts.merge(key, 1L, Long::sum);
        }
        return units.values().stream()
                .sorted(Comparator.comparingInt(Unit::position).thenComparing(Unit::label).thenComparing(Unit::key))
                .map(u -> new Count(u.key(), u.label(), counts.get(u.key())))
                .toList();
    }

    private static List<Count> perDisposition(List<ReportComment> comments) {
        Map<Disposition, Long> counts = new EnumMap<>(Disposition.class);
        for (Disposition d : Disposition.values()) {
            counts.put(d, 0L);
        }
        comments.stream().filter(c -> c.disposition() != null).forEach(c -> counts.merge(c.disposition(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new Count(e.getKey().name(), null, e.getValue())).toList();
    }

    private static List<Count> byRegion(List<ReportComment> comments) {
        Map<String, String> names = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (ReportComment c : participants(comments).values()) {
            String code = c.regionCode() == null ? ReportFigures.NO_REGION : c.regionCode();
            names.putIfAbsent(code, nullToEmpty(c.regionName()));
            counts.merge(code, 1L, Long::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Count(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
    }

    private static List<Count> perDay(List<ReportComment> comments) {
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        comments.forEach(c -> counts.merge(LocalDate.ofInstant(c.createdAt(), ZoneOffset.UTC), 1L, Long::sum));
        List<Count> days = new ArrayList<>();
        if (counts.isEmpty()) {
            return days;
        }
        for (LocalDate day = counts.firstKey(); !day.isAfter(counts.lastKey()); day = day.plusDays(1)) {
            days.add(new Count(day.toString(), null, counts.getOrDefault(day, 0L)));
        }
        return days;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
