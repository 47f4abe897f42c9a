package org.civicvoice.participation.lawtext.entity;

import java.util.List;
import java.util.Set;

/**
 * One unit in the comparison of two versions: its stable key, how it changed, its label and eId before and after
 * (null where it did not exist) and, for a changed unit, the words changed inside it.
 */
public record UnitDiff(String key, UnitKind kind, Set<UnitChange> changes, String oldLabel, String newLabel,
                       String oldEId, String newEId, List<WordChange> words) {

    public UnitDiff {
        changes = Set.copyOf(changes);
        words = List.copyOf(words);
    }

    public boolean is(UnitChange change) {
        return changes.contains(change);
    }
}
