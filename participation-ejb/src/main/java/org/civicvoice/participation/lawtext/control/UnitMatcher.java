package org.civicvoice.participation.lawtext.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.civicvoice.participation.lawtext.entity.KeyedUnit;
import org.civicvoice.participation.lawtext.entity.ParsedUnit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Gives the units of a new version the stable keys of the previous version's units they continue, so that what is
 * attached to a unit (comments, links) follows it when units are inserted before it or renumbered. In order of
 * certainty: the same eId with the same text under the same parent; the same text elsewhere (a renumbered unit;
 * under the matched parent first); the same eId with a similar text under the same parent (changed in place);
 * then the most similar text of the same kind (renumbered and changed). Parents come before their units, so a
 * unit's parent is matched when the unit is. A unit matching none is new and gets a new key.
 */
@ApplicationScoped
public class UnitMatcher {

    static final double SAME_PLACE_SIMILARITY = 0.5;
    static final double MOVED_SIMILARITY = 0.6;

    private final Supplier<String> newKeys;

    public UnitMatcher() {
        this(() -> UUID.randomUUID().toString());
    }

    UnitMatcher(Supplier<String> newKeys) {
        this.newKeys = newKeys;
    }

    /** Keys for a first version: all new. */
    public List<KeyedUnit> keyFirst(List<ParsedUnit> units) {
        return units.stream().map(u -> new KeyedUnit(newKeys.get(), u)).toList();
    }

    /** Keys for {@code next}, continuing those of {@code previous} where a unit continues one. */
    public List<KeyedUnit> keyNext(List<KeyedUnit> previous, List<ParsedUnit> next) {
        int n = next.size();
        KeyedUnit[] matched = new KeyedUnit[n];
        boolean[] used = new boolean[previous.size()];
        Map<String, Integer> oldByEId = new HashMap<>();
        Map<String, List<Integer>> oldByContent = new HashMap<>();
        Map<Integer, Integer> oldPositionToIndex = new HashMap<>();
        for (int i = 0; i < previous.size(); i++) {
            ParsedUnit unit = previous.get(i).unit();
            oldByEId.putIfAbsent(unit.eId(), i);
            oldByContent.computeIfAbsent(signature(unit), k -> new ArrayList<>()).add(i);
            oldPositionToIndex.put(unit.position(), i);
        }
        int[] matchedOld = new int[n];
        Arrays.fill(matchedOld, -1);

        // the same eId and the same text
        for (int j = 0; j < n; j++) {
            Integer i = oldByEId.get(next.get(j).eId());
            if (i != null && !used[i] && sameKind(previous.get(i), next.get(j))
                    && signature(previous.get(i).unit()).equals(signature(next.get(j)))
                    && sameParent(previous, oldPositionToIndex, matchedOld, next, i, j)) {
                take(matched, matchedOld, used, previous, next, i, j);
            }
        }
        // the same text elsewhere: under the matched parent first, else the only remaining one
        for (int j = 0; j < n; j++) {
            if (matched[j] != null || signature(next.get(j)).isBlank()) {
                continue;
            }
            ParsedUnit unit = next.get(j);
            List<Integer> candidates = oldByContent.getOrDefault(signature(unit), List.of()).stream()
                    .filter(i -> !used[i] && sameKind(previous.get(i), unit)).toList();
            Integer chosen = null;
            for (Integer i : candidates) {
                if (sameParent(previous, oldPositionToIndex, matchedOld, next, i, j)) {
                    chosen = i;
                    break;
                }
            }
            if (chosen == null && candidates.size() == 1) {
                chosen = candidates.get(0);
            }
            if (chosen != null) {
                take(matched, matchedOld, used, previous, next, chosen, j);
            }
        }
        // the same eId and a similar text
        for (int j = 0; j < n; j++) {
            Integer i = oldByEId.get(next.get(j).eId());
            if (matched[j] == null && i != null && !used[i] && sameKind(previous.get(i), next.get(j))
                    && sameParent(previous, oldPositionToIndex, matchedOld, next, i, j)
                    && similarity(previous.get(i).unit(), next.get(j)) >= SAME_PLACE_SIMILARITY) {
                take(matched, matchedOld, used, previous, next, i, j);
            }
        }
        // the most similar remaining unit of the same kind, under the matched parent preferred
        for (int j = 0; j < n; j++) {
            if (matched[j] != null) {
                continue;
            }
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < previous.size(); i++) {
                if (used[i] || !sameKind(previous.get(i), next.get(j))) {
                    continue;
                }
                double similarity = similarity(previous.get(i).unit(), next.get(j));
                if (similarity < MOVED_SIMILARITY) {
                    continue;
                }
                double score = similarity
                        + (sameParent(previous, oldPositionToIndex, matchedOld, next, i, j) ? 0.25 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            if (best >= 0) {
                take(matched, matchedOld, used, previous, next, best, j);
            }
        }
        List<KeyedUnit> keyed = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            keyed.add(matched[j] != null ? matched[j] : new KeyedUnit(newKeys.get(), next.get(j)));
        }
        return keyed;
    }

    private static void take(KeyedUnit[] matched, int[] matchedOld, boolean[] used, List<KeyedUnit> previous,
                             List<ParsedUnit> next, int i, int j) {
        used[i] = true;
        matchedOld[j] = i;
        matched[j] = new KeyedUnit(previous.get(i).key(), next.get(j));
    }

    private static boolean sameKind(KeyedUnit old, ParsedUnit next) {
        return old.unit().kind() == next.kind();
    }

    private static boolean sameParent(List<KeyedUnit> previous, Map<Integer, Integer> oldPositionToIndex,
                                      int[] matchedOld, List<ParsedUnit> next, int i, int j) {
        int newParent = next.get(j).parent(); // a parsed draft's positions are its list's indexes
        int oldParent = previous.get(i).unit().parent();
        if (newParent < 0 || oldParent < 0) {
            return newParent < 0 && oldParent < 0;
        }
        Integer oldParentIndex = oldPositionToIndex.get(oldParent);
        return oldParentIndex != null && matchedOld[newParent] == oldParentIndex;
    }

    private static String signature(ParsedUnit unit) {
        return unit.content().strip().replaceAll("\\s+", " ");
    }

    private static double similarity(ParsedUnit a, ParsedUnit b) {
        return TextSimilarity.of(a.content(), b.content());
    }
}
