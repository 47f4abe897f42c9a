package org.civicvoice.participation.lawtext.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import jakarta.enterprise.context.ApplicationScoped;
import org.civicvoice.participation.lawtext.entity.KeyedUnit;
import org.civicvoice.participation.lawtext.entity.ParsedUnit;
import org.civicvoice.participation.lawtext.entity.UnitChange;
import org.civicvoice.participation.lawtext.entity.UnitDiff;
import org.civicvoice.participation.lawtext.entity.VersionDiff;
import org.civicvoice.participation.lawtext.entity.WordChange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two keyed versions unit by unit: a key only in the new version is an inserted unit, one only in the old
 * a deleted unit (listed where it stood), a unit whose label changed is renumbered, one whose heading or text
 * changed is changed, with the words changed inside it found by java-diff-utils (Myers' algorithm) over its words.
 */
@ApplicationScoped
public class VersionComparer {

    public VersionDiff compare(List<KeyedUnit> older, List<KeyedUnit> newer) {
        Map<String, KeyedUnit> oldByKey = new HashMap<>();
        older.forEach(u -> oldByKey.put(u.key(), u));
        Map<String, Integer> newPosition = new HashMap<>();
        for (int j = 0; j < newer.size(); j++) {
            newPosition.put(newer.get(j).key(), j);
        }
        // a deleted unit is shown after the new place of the closest unit before it that survived (-1: first)
        Map<Integer, List<UnitDiff>> deletedAfter = new HashMap<>();
        int lastSurvivor = -1;
        for (KeyedUnit old : older) {
            Integer now = newPosition.get(old.key());
            if (now != null) {
                lastSurvivor = now;
            } else {
                ParsedUnit u = old.unit();
                deletedAfter.computeIfAbsent(lastSurvivor, k -> new ArrayList<>()).add(new UnitDiff(old.key(),
                        u.kind(), EnumSet.of(UnitChange.DELETED), u.label(), null, u.eId(), null,
                        List.of(new WordChange(WordChange.Operation.DELETE, u.content()))));
            }
        }
        List<UnitDiff> units = new ArrayList<>(newer.size() + older.size());
        units.addAll(deletedAfter.getOrDefault(-1, List.of()));
        for (int j = 0; j < newer.size(); j++) {
            KeyedUnit next = newer.get(j);
            ParsedUnit u = next.unit();
            KeyedUnit old = oldByKey.get(next.key());
            if (old == null) {
                units.add(new UnitDiff(next.key(), u.kind(), EnumSet.of(UnitChange.INSERTED), null, u.label(), null,
                        u.eId(), List.of(new WordChange(WordChange.Operation.INSERT, u.content()))));
            } else {
                Set<UnitChange> changes = EnumSet.noneOf(UnitChange.class);
                if (!old.unit().label().equals(u.label())) {
                    changes.add(UnitChange.RENUMBERED);
                }
                List<WordChange> words = List.of();
                if (!old.unit().content().equals(u.content())) {
                    changes.add(UnitChange.CHANGED);
                    words = words(old.unit().content(), u.content());
                }
                units.add(new UnitDiff(next.key(), u.kind(), changes, old.unit().label(), u.label(), old.unit().eId(),
                        u.eId(), words));
            }
            units.addAll(deletedAfter.getOrDefault(j, List.of()));
        }
        return new VersionDiff(units);
    }

    /** The words of {@code before} and {@code after} as kept, deleted and inserted stretches, in reading order. */
    public List<WordChange> words(String before, String after) {
        List<String> source = TextSimilarity.tokens(before);
        List<String> target = TextSimilarity.tokens(after);
        Patch<String> patch = DiffUtils.diff(source, target);
        List<WordChange> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, WordChange.Operation.EQUAL, source.subList(position, start));
            add(out, WordChange.Operation.DELETE, delta.getSource().getLines());
            add(out, WordChange.Operation.INSERT, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(out, WordChange.Operation.EQUAL, source.subList(position, source.size()));
        return out;
    }

    private static void add(List<WordChange> out, WordChange.Operation operation, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).operation() == operation) {
            text = out.remove(out.size() - 1).text() + text;
        }
        out.add(new WordChange(operation, text));
    }
}
