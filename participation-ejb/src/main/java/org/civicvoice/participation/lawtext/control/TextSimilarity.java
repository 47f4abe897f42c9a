package org.civicvoice.participation.lawtext.control;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a unit's text, for comparing and diffing. Khmer is written without spaces between words, so a run of
 * Khmer script is split into its character clusters (a consonant with its subscripts and vowels), which keeps a
 * changed word visible without a dictionary.
 */
final class TextSimilarity {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|.", Pattern.UNICODE_CHARACTER_CLASS);

    private TextSimilarity() {
    }

    /** The text as tokens whose concatenation is the text: words, runs of space, single other characters. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            String token = m.group();
            if (isKhmer(token) && token.length() > 1) {
                BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.forLanguageTag("km"));
                clusters.setText(token);
                int start = clusters.first();
                for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
                    tokens.add(token.substring(start, end));
                }
            } else {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Dice's coefficient of the two texts' words (0: nothing shared, 1: the same words). */
    static double of(String a, String b) {
        Map<String, Integer> left = bag(a);
        Map<String, Integer> right = bag(b);
        int sizeLeft = left.values().stream().mapToInt(Integer::intValue).sum();
        int sizeRight = right.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeLeft == 0 || sizeRight == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> entry : left.entrySet()) {
            shared += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
        }
        return 2.0 * shared / (sizeLeft + sizeRight);
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String token : tokens(text)) {
            if (!token.isBlank() && Character.isLetterOrDigit(token.codePointAt(0))) {
                bag.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return bag;
    }

    private static boolean isKhmer(String token) {
        int c = token.codePointAt(0);
        return c >= 0x1780 && c <= 0x17FF;
    }
}
