package org.civicvoice.participation.lawtext.control;

import org.civicvoice.participation.lawtext.entity.KeyedUnit;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.civicvoice.participation.lawtext.entity.UnitChange;
import org.civicvoice.participation.lawtext.entity.VersionDiff;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How long reading, keying and comparing two 300-unit versions takes on this machine. It prints the figures and
 * asserts only what the comparison found, never a time.
 */
class VersionDiffMeasurementTest {

    private static final String[] WORDS = ("body ministry draft act comment consultation citizen official publish "
            + "portal week month report answer reason region topic law provision section chapter amendment entry "
            + "force notice record public person organisation shall may must within days after before according "
            + "rules procedure minister council committee parliament decision appeal court data protection "
            + "document language translation summary contact deadline opening closing version change text")
            .split(" ");

    /** Twelve chapters of four sections, each with two subsections of two and one clauses: 300 units. */
    static String draft(boolean second, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder("Measured Act\n\n");
        int section = 0;
        for (int c = 1; c <= 12; c++) {
            out.append(c).append(". peatükk\nChapter heading ").append(c).append("\n\n");
            if (second && c == 3) {
                section++;
                out.append("§ ").append(section).append(". Inserted section\n")
                        .append("(1) ").append(sentence(new Random(99))).append("\n\n");
            }
            for (int s = 1; s <= 4; s++) {
                section++;
                out.append("§ ").append(section).append(". Section heading ").append(c).append('.').append(s)
                        .append('\n');
                for (int sub = 1; sub <= 2; sub++) {
                    String text = sentence(random);
                    if (second && s == 2 && sub == 1) {
                        text = text.replaceFirst("\\w+", "changed");
                    }
                    out.append('(').append(sub).append(") ").append(text).append('\n');
                    for (int clause = 1; clause <= 3 - sub; clause++) {
                        out.append(clause).append(") ").append(sentence(random)).append('\n');
                    }
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String sentence(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 12 + random.nextInt(14);
        for (int i = 0; i < length; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    @Test
    void comparingTwo300UnitVersions() {
        DraftParser parser = new DraftParser();
        UnitMatcher matcher = new UnitMatcher();
        VersionComparer comparer = new VersionComparer();
        String first = draft(false, 7);
        String second = draft(true, 7);

        VersionDiff diff = null;
        long parse = 0;
        long match = 0;
        long compare = 0;
        int rounds = 20;
        for (int round = -5; round < rounds; round++) {
            long t0 = System.nanoTime();
            ParsedDraft v1 = parser.parse(first);
            ParsedDraft v2 = parser.parse(second);
            long t1 = System.nanoTime();
            List<KeyedUnit> k1 = matcher.keyFirst(v1.units());
            List<KeyedUnit> k2 = matcher.keyNext(k1, v2.units());
            long t2 = System.nanoTime();
            diff = comparer.compare(k1, k2);
            long t3 = System.nanoTime();
            if (round >= 0) {
                parse += t1 - t0;
                match += t2 - t1;
                compare += t3 - t2;
            }
            if (round == -5) {
                assertEquals(300, v1.units().size());
                assertEquals(302, v2.units().size());
                System.out.printf("first round (cold): parse both %.1f ms, key %.1f ms, diff %.1f ms%n",
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
            }
        }
        System.out.printf("two 300-unit versions, mean of %d warm rounds: parse both %.2f ms, key the second %.2f ms, "
                        + "diff %.2f ms%n", rounds, parse / 1e6 / rounds, match / 1e6 / rounds,
                compare / 1e6 / rounds);

        assertEquals(2, diff.count(UnitChange.INSERTED), "the inserted section and its subsection");
        assertEquals(0, diff.count(UnitChange.DELETED));
        assertEquals(40, diff.count(UnitChange.RENUMBERED), "the sections after the inserted one");
        assertEquals(12, diff.count(UnitChange.CHANGED), "one subsection per chapter");
    }
}
