package org.civicvoice.participation.lawtext.control;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The numbers Word shows in front of list paragraphs ("(1)", "2)", "a)", "§ 3."), which are not part of the
 * paragraph's text: counted per list as Word counts them (a level restarts when a higher level advances; a list's
 * start and start overrides are honoured) and written with the level's pattern and number format, so a draft whose
 * subsections and clauses Word numbers reads like one where they were typed.
 */
final class WordListNumbers {

    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final Map<BigInteger, CTLvl[]> levels = new HashMap<>();
    private final Map<BigInteger, int[]> starts = new HashMap<>();
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordListNumbers(XWPFDocument document) {
        this.numbering = document.getNumbering();
    }

    /** The number Word shows before the paragraph, followed by a space; empty for none (or a bullet). */
    String label(XWPFParagraph paragraph) {
        BigInteger list = paragraph.getNumID();
        if (list == null || numbering == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        CTLvl[] defined = levels(list);
        if (level < 0 || level >= LEVELS || defined == null || defined[level] == null) {
            return "";
        }
        int[] start = starts.get(list);
        int[] count = counters.computeIfAbsent(list, l -> {
            int[] initial = new int[LEVELS];
            for (int i = 0; i < LEVELS; i++) {
                initial[i] = start[i] - 1;
            }
            return initial;
        });
        count[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = start[deeper] - 1;
        }
        String format = format(defined[level]);
        if ("bullet".equals(format) || "none".equals(format)) {
            return "";
        }
        String text = defined[level].getLvlText() == null ? "%" + (level + 1) + "."
                : defined[level].getLvlText().getVal();
        for (int i = 0; i <= level; i++) {
            text = text.replace("%" + (i + 1), written(defined[i] == null ? "decimal" : format(defined[i]),
                    Math.max(count[i], 0)));
        }
        return text.isBlank() ? "" : text.strip() + " ";
    }

    /** The levels of a list (from its abstract definition), with the start of each after the list's overrides. */
    private CTLvl[] levels(BigInteger list) {
        if (levels.containsKey(list)) {
            return levels.get(list);
        }
        XWPFNum num = numbering.getNum(list);
        XWPFAbstractNum definition = num == null || num.getCTNum().getAbstractNumId() == null ? null
                : numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        CTLvl[] defined = null;
        if (definition != null) {
            defined = new CTLvl[LEVELS];
            int[] start = new int[LEVELS];
            Arrays.fill(start, 1);
            for (CTLvl lvl : definition.getCTAbstractNum().getLvlArray()) {
                int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
                if (i >= 0 && i < LEVELS) {
                    defined[i] = lvl;
                    start[i] = lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
                }
            }
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                int i = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
                if (i >= 0 && i < LEVELS && override.getStartOverride() != null) {
                    start[i] = override.getStartOverride().getVal().intValue();
                }
            }
            starts.put(list, start);
        }
        levels.put(list, defined);
        return defined;
    }

    private static String format(CTLvl level) {
        return level.getNumFmt() == null ? "decimal" : level.getNumFmt().getVal().toString();
    }

    static String written(String format, int n) {
        return switch (format) {
            case "lowerLetter" -> letters(n);
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }

    /** a … z, then aa … zz as Word writes them (the letter repeated). */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) ('a' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder text = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                text.append(symbols[i]);
                rest -= values[i];
            }
        }
        return text.toString();
    }
}
