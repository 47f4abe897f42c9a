package org.civicvoice.participation.lawtext.entity;

import java.util.List;

/**
 * A draft law read into its units, with the text before the first unit (the act's title or preamble) and the
 * issues found. A draft with issues, or without any unit, cannot be published.
 */
public record ParsedDraft(LawStyle style, String preamble, List<ParsedUnit> units, List<ParseIssue> issues) {

    public ParsedDraft {
        preamble = preamble == null ? "" : preamble;
        units = List.copyOf(units);
        issues = List.copyOf(issues);
    }

    public boolean isPublishable() {
        return issues.isEmpty() && !units.isEmpty();
    }

    /** The units directly under the unit at {@code position} (-1: the top). */
    public List<ParsedUnit> childrenOf(int position) {
        return units.stream().filter(u -> u.parent() == position).toList();
    }

    public ParsedUnit byEId(String eId) {
        return units.stream().filter(u -> u.eId().equals(eId)).findFirst().orElse(null);
    }
}
