package org.civicvoice.participation.platform.rest;

import org.civicvoice.participation.shared.Translations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A body's, topic's, region's or petition type's texts in one language; in a read with
 * {@code ?translations=all} the answer carries them for every language, keyed by language tag, the default
 * language first; in a write, the texts in the languages other than the default.
 */
public record TranslationDto(String name, String shortName, String description) {

    /** The query parameter value that asks for every language. */
    public static final String ALL = "all";

    public static boolean wanted(String translations) {
        return ALL.equalsIgnoreCase(translations == null ? "" : translations.trim());
    }

    /** The default text and the stored translations, by language tag. */
    public static <T> Map<String, TranslationDto> all(TranslationDto original, Map<String, T> stored,
                                                      Function<T, TranslationDto> toDto) {
        Map<String, TranslationDto> all = new LinkedHashMap<>();
        all.put(Translations.DEFAULT, original);
        Translations.OTHERS.forEach(language -> {
            T text = stored.get(language);
            if (text != null) {
                all.put(language, toDto.apply(text));
            }
        });
        return all;
    }

    /** The texts a client sent for the other languages (the default language's entry, if sent, is left out). */
    public static <T> Map<String, T> others(Map<String, TranslationDto> given, Function<TranslationDto, T> toText) {
        Map<String, T> others = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((language, text) -> {
                if (!Translations.DEFAULT.equals(language) && text != null) {
                    others.put(language, toText.apply(text));
                }
            });
        }
        return others;
    }
}
