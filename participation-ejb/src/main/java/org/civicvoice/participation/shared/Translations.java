package org.civicvoice.participation.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The languages content is written in: the default language lives in the content's own columns, every other one
 * in a side table; a text missing in the reader's language falls back to the default.
 */
public final class Translations {

    /** The language of the content's own columns. */
    public static final String DEFAULT = "en";
    /** The other platform languages a translation may be stored for. */
    public static final List<String> OTHERS = List.of("km");
    /** Column length of a language tag. */
    public static final int TAG_LENGTH = 5;

    private Translations() {
    }

    /** The language tag when the platform has it, else the default. */
    public static String supported(String tag) {
        if (tag != null) {
            String lower = tag.trim().toLowerCase(java.util.Locale.ROOT);
            if (lower.equals(DEFAULT) || OTHERS.contains(lower)) {
                return lower;
            }
        }
        return DEFAULT;
    }

    /** Whether a translation may be stored for the tag (a platform language other than the default). */
    public static boolean isOther(String tag) {
        return tag != null && OTHERS.contains(tag);
    }

    /** The field of the translation into {@code language}, or the default text when there is none. */
    public static <T> String pick(Map<String, T> texts, String language, Function<T, String> field, String fallback) {
        if (language == null || DEFAULT.equals(language)) {
            return fallback;
        }
        T text = texts.get(language);
        String translated = text == null ? null : field.apply(text);
        return translated == null || translated.isBlank() ? fallback : translated;
    }

    /**
     * Replaces the stored translations with the given ones (only platform languages other than the default);
     * an empty text, or none, removes that language.
     */
    public static <T> void replace(Map<String, T> stored, Map<String, T> given, java.util.function.Predicate<T> empty) {
        Map<String, T> wanted = given == null ? Map.of() : given;
        for (String language : wanted.keySet()) {
            if (!isOther(language)) {
                throw new InvalidTranslation("validation.language");
            }
        }
        for (String language : OTHERS) {
            T text = wanted.get(language);
            if (text == null || empty.test(text)) {
                stored.remove(language);
            } else if (!text.equals(stored.get(language))) {
                stored.put(language, text);
            }
        }
    }

    /** A typed text cleaned to one line, or {@code null} when it is blank. */
    public static String line(String text, int maxLength, String key) {
        String clean = PlainText.line(text);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (clean.length() > maxLength) {
            throw new InvalidTranslation(key);
        }
        return clean;
    }

    /** A typed longer text trimmed, or {@code null} when it is blank. */
    public static String block(String text, int maxLength, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() > maxLength) {
            throw new InvalidTranslation(key);
        }
        return clean;
    }
}
