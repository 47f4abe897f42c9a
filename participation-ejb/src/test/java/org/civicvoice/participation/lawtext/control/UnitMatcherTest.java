package org.civicvoice.participation.lawtext.control;

import org.civicvoice.participation.lawtext.entity.KeyedUnit;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitMatcherTest {

    private final DraftParser parser = new DraftParser();
    private final AtomicInteger counter = new AtomicInteger();
    private final UnitMatcher matcher = new UnitMatcher(() -> "k" + counter.incrementAndGet());

    private List<KeyedUnit> first() {
        return matcher.keyFirst(parser.parse(Samples.read("estonian-v1.txt")).units());
    }

    private static Map<String, String> keysByEId(List<KeyedUnit> keyed) {
        return keyed.stream().collect(Collectors.toMap(k -> k.unit().eId(), KeyedUnit::key));
    }

    @Test
    void aFirstVersionGetsADistinctKeyPerUnit() {
        List<KeyedUnit> keyed = first();

        assertEquals(keyed.size(), keyed.stream().map(KeyedUnit::key).distinct().count());
    }

    @Test
    void anUnchangedVersionKeepsEveryKey() {
        List<KeyedUnit> v1 = first();
        List<KeyedUnit> again = matcher.keyNext(v1, parser.parse(Samples.read("estonian-v1.txt")).units());

        assertEquals(v1.stream().map(KeyedUnit::key).toList(), again.stream().map(KeyedUnit::key).toList());
    }

    @Test
    void renumberedUnitsKeepTheirKeysAndInsertedOnesGetNewKeys() {
        List<KeyedUnit> v1 = first();
        ParsedDraft v2 = parser.parse(Samples.read("estonian-v2.md"));
        Map<String, String> before = keysByEId(v1);
        Map<String, String> after = keysByEId(matcher.keyNext(v1, v2.units()));

        // § 2 Definitions became § 3 when a new § 2 was put before it; its clauses follow it
        assertEquals(before.get("chp_1__sec_2"), after.get("chp_1__sec_3"));
        assertEquals(before.get("chp_1__sec_2__para_1"), after.get("chp_1__sec_3__para_1"));
        assertEquals(before.get("chp_1__sec_2__para_2-1"), after.get("chp_1__sec_3__para_2-1"));
        assertEquals(before.get("chp_1__sec_2__para_3"), after.get("chp_1__sec_3__para_3"));
        // § 3 Publication became § 4 and a word changed in its first subsection
        assertEquals(before.get("chp_2__sec_3"), after.get("chp_2__sec_4"));
        assertEquals(before.get("chp_2__sec_3__subsec_1"), after.get("chp_2__sec_4__subsec_1"));
        assertEquals(before.get("chp_2__sec_3-1"), after.get("chp_2__sec_4-1"));
        assertEquals(before.get("chp_2__sec_4"), after.get("chp_2__sec_5"));
        // unchanged in place
        assertEquals(before.get("chp_1__sec_1__subsec_2"), after.get("chp_1__sec_1__subsec_2"));
        assertEquals(before.get("chp_2"), after.get("chp_2"));

        Set<String> old = new HashSet<>(before.values());
        assertFalse(old.contains(after.get("chp_1__sec_2")), "the inserted § 2 is a new unit");
        assertFalse(old.contains(after.get("chp_1__sec_2__subsec_1")));
        assertFalse(old.contains(after.get("chp_1__sec_3__para_1-1")), "the inserted clause 1¹) is a new unit");
        assertTrue(old.containsAll(Set.of(after.get("chp_1"), after.get("chp_1__sec_1"))));
    }

    @Test
    void identicalTextsUnderDifferentParentsFollowTheirOwnParent() {
        List<KeyedUnit> v1 = matcher.keyFirst(parser.parse("""
                § 1. One
                (1) Same words.
                § 2. Two
                (1) Same words.
                """).units());
        List<KeyedUnit> v2 = matcher.keyNext(v1, parser.parse("""
                § 1. New
                (1) Something else entirely here.
                § 2. One
                (1) Same words.
                § 3. Two
                (1) Same words.
                """).units());
        Map<String, String> before = keysByEId(v1);
        Map<String, String> after = keysByEId(v2);

        assertEquals(before.get("sec_1__subsec_1"), after.get("sec_2__subsec_1"));
        assertEquals(before.get("sec_2__subsec_1"), after.get("sec_3__subsec_1"));
    }
}
