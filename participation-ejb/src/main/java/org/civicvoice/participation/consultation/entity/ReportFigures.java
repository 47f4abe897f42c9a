package org.civicvoice.participation.consultation.entity;

import java.util.List;

/**
 * The figures of a consultation's report, counted over its visible top-level comments: comments per unit (the
 * whole draft first, with an empty key, then in the order of the newest version), per disposition (every
 * disposition, also at zero, and those still without one), participants (distinct authors) by region and by kind
 * (a person who wrote any comment for an organisation counts as an organisation), and comments per day (UTC),
 * every day from the first comment to the last.
 */
public record ReportFigures(long comments, long participants, long citizens, long organisations, long undecided,
                            List<Count> perUnit, List<Count> perDisposition, List<Count> byRegion,
                            List<Count> perDay) {

    public static final String NO_REGION = "";

    /** One bar of a figure: what it counts (a unit key, a disposition, a region code, a date), a label, the count. */
    public record Count(String key, String label, long count) {
    }

    /** The largest count of a figure, for scaling its bars (at least 1). */
    public static long max(List<Count> counts) {
        return Math.max(1, counts.stream().mapToLong(Count::count).max().orElse(1));
    }
}
