package org.civicvoice.participation.lawtext.control;

import org.civicvoice.participation.lawtext.entity.KeyedUnit;
import org.civicvoice.participation.lawtext.entity.UnitChange;
import org.civicvoice.participation.lawtext.entity.UnitDiff;
import org.civicvoice.participation.lawtext.entity.VersionDiff;
import org.civicvoice.participation.lawtext.entity.WordChange;
import org.civicvoice.participation.lawtext.entity.WordChange.Operation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionComparerTest {

    private final DraftParser parser = new DraftParser();
    private final UnitMatcher matcher = new UnitMatcher();
    private final VersionComparer comparer = new VersionComparer();

    private VersionDiff estonian() {
        List<KeyedUnit> v1 = matcher.keyFirst(parser.parse(Samples.read("estonian-v1.txt")).units());
        List<KeyedUnit> v2 = matcher.keyNext(v1, parser.parse(Samples.read("estonian-v2.md")).units());
        return comparer.compare(v1, v2);
    }

    private static UnitDiff byNewEId(VersionDiff diff, String eId) {
        return diff.units().stream().filter(u -> eId.equals(u.newEId())).findFirst().orElseThrow();
    }

    @Test
    void insertedUnitsAreListedAsInserted() {
        VersionDiff diff = estonian();

        assertEquals(Set.of(UnitChange.INSERTED), byNewEId(diff, "chp_1__sec_2").changes());
        assertEquals(Set.of(UnitChange.INSERTED), byNewEId(diff, "chp_1__sec_3__para_1-1").changes());
        assertEquals(4, diff.count(UnitChange.INSERTED), "§ 2 with its two subsections, and clause 1¹)");
        assertEquals(0, diff.count(UnitChange.DELETED));
    }

    @Test
    void renumberedUnitsKeepTheirOldLabelAndEId() {
        UnitDiff moved = byNewEId(estonian(), "chp_1__sec_3");

        assertEquals(Set.of(UnitChange.RENUMBERED), moved.changes());
        assertEquals("§ 2", moved.oldLabel());
        assertEquals("§ 3", moved.newLabel());
        assertEquals("chp_1__sec_2", moved.oldEId());
    }

    @Test
    void aChangedUnitShowsTheWordsChangedInside() {
        UnitDiff changed = byNewEId(estonian(), "chp_2__sec_4__subsec_1");

        assertEquals(Set.of(UnitChange.CHANGED), changed.changes(), "(1) keeps its label, its parent moved");
        assertEquals(List.of(
                new WordChange(Operation.EQUAL, "A body publishes a draft on the consultation portal for at least "),
                new WordChange(Operation.DELETE, "four"),
                new WordChange(Operation.INSERT, "six"),
                new WordChange(Operation.EQUAL, " weeks.")), changed.words());
    }

    @Test
    void aDeletedUnitIsListedWhereItStood() {
        List<KeyedUnit> v1 = matcher.keyFirst(parser.parse("""
                § 1. One
                (1) First text of one.
                (2) Second text of one, to go.
                (3) Third text of one.
                """).units());
        List<KeyedUnit> v2 = matcher.keyNext(v1, parser.parse("""
                § 1. One
                (1) First text of one.
                (2) Third text of one.
                """).units());
        VersionDiff diff = comparer.compare(v1, v2);

        assertEquals(List.of("§ 1", "(1)", "(2)", "(2)"), diff.units().stream()
                .map(u -> u.is(UnitChange.DELETED) ? u.oldLabel() : u.newLabel()).toList());
        assertTrue(diff.units().get(2).is(UnitChange.DELETED));
        assertEquals(Set.of(UnitChange.RENUMBERED), diff.units().get(3).changes());
    }

    @Test
    void khmerWordsAreComparedByTheirClusters() {
        List<WordChange> words = comparer.words("ការពិគ្រោះយោបល់បិទ", "ការពិគ្រោះយោបល់បើក");

        assertEquals(List.of(new WordChange(Operation.EQUAL, "ការពិគ្រោះយោបល់"),
                new WordChange(Operation.DELETE, "បិទ"), new WordChange(Operation.INSERT, "បើក")), words);
    }
}
