package org.civicvoice.participation.lawtext.entity;

import java.util.List;

/** Two versions compared unit by unit, in the new version's order, deleted units where they stood. */
public record VersionDiff(List<UnitDiff> units) {

    public VersionDiff {
        units = List.copyOf(units);
    }

    /** Only the units that changed somehow. */
    public List<UnitDiff> changed() {
        return units.stream().filter(u -> !u.changes().isEmpty()).toList();
    }

    public long count(UnitChange change) {
        return units.stream().filter(u -> u.is(change)).count();
    }
}
