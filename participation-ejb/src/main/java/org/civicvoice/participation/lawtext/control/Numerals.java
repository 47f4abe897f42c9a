package org.civicvoice.participation.lawtext.control;

import java.util.List;
import java.util.Locale;

/** Reading the numerals of unit labels: Latin and Khmer digits, superscripts, Roman numerals, letters, words. */
final class Numerals {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final List<String> WORDS = List.of("ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
            "NINE", "TEN", "ELEVEN", "TWELVE");
    /** The Khmer consonants in the order points are lettered (ក, ខ, គ ...). */
    static final String KHMER_LETTERS = "កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវឝឞសហឡអ";

    private Numerals() {
    }

    /** Digits in Latin or Khmer script as a number; -1 if anything else is in it. */
    static int digits(String text) {
        if (text == null || text.isEmpty() || text.length() > 6) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c >= '០' && c <= '៩') {
                digit = c - '០';
            } else {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Superscript digits ({@code ¹}, {@code ¹²}) or a caret form ({@code ^1}) as a number; 0 when empty. */
    static int superscript(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (text.startsWith("^")) {
            return Math.max(0, digits(text.substring(1)));
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = SUPERSCRIPTS.indexOf(text.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** A Roman numeral (either case) as a number; -1 if it is not a well-formed one. */
    static int roman(String text) {
        if (text == null || text.isEmpty() || text.length() > 12) {
            return -1;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        int total = 0;
        int previous = 0;
        for (int i = upper.length() - 1; i >= 0; i--) {
            int value = switch (upper.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> -1;
            };
            if (value < 0) {
                return -1;
            }
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return toRoman(total).equals(upper) ? total : -1;
    }

    static String toRoman(int value) {
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    /** A lower-case letter numbering ({@code a} is 1, {@code z} 26, {@code aa} 27); -1 otherwise. */
    static int letters(String text) {
        if (text == null || text.isEmpty() || text.length() > 2) {
            return -1;
        }
        char first = text.charAt(0);
        if (first < 'a' || first > 'z') {
            return -1;
        }
        if (text.length() == 2) {
            return text.charAt(1) == first ? 26 + (first - 'a' + 1) : -1;
        }
        return first - 'a' + 1;
    }

    static String letterOf(int value) {
        if (value < 1 || value > 52) {
            return Integer.toString(value);
        }
        String letter = String.valueOf((char) ('a' + (value - 1) % 26));
        return value > 26 ? letter + letter : letter;
    }

    static int khmerLetter(String text) {
        if (text == null || text.length() != 1) {
            return -1;
        }
        int index = KHMER_LETTERS.indexOf(text.charAt(0));
        return index < 0 ? -1 : index + 1;
    }

    /** Digits, a Roman numeral or a number word ({@code ONE}); -1 otherwise. */
    static int any(String text) {
        int value = digits(text);
        if (value < 0) {
            value = roman(text);
        }
        if (value < 0 && text != null) {
            value = WORDS.indexOf(text.toUpperCase(Locale.ROOT)) + 1;
            if (value == 0) {
                value = -1;
            }
        }
        return value;
    }
}
