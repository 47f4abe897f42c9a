package org.civicvoice.participation.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import org.civicvoice.participation.shared.KeyedText;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Interface texts from the resource bundles, for code that renders outside a Facelets page. */
public final class Texts {

    public static final String BUNDLE = "org.civicvoice.participation.platform.web.InterfaceTexts";

    private Texts() {
    }

    /** A stored text in the language, the bodies it names too; null for none. */
    public static String text(Locale locale, KeyedText stored) {
        if (stored == null) {
            return null;
        }
        KeyedText named = named(locale, stored);
        return text(locale, named.key(), named.arguments());
    }

    /** The stored text with the bodies it names in the language. */
    public static KeyedText named(Locale locale, KeyedText stored) {
        return stored.bodySlugs().isEmpty() ? stored : stored.withBodyNames(bodyNames(locale.getLanguage())::get);
    }

    /** The bodies' names in the language, by slug, read once per request. */
    private static Map<String, String> bodyNames(String language) {
        return CDI.current().select(BodyNames.class).get().in(language);
    }

    /**
     * A stored step as the open data gives it, in English: what the platform says of it, then what a person
     * wrote, either of them alone when there is only one.
     */
    public static String described(KeyedText explanation, String detail) {
        String said = text(Locale.ENGLISH, explanation);
        if (said == null || said.isBlank()) {
            return detail;
        }
        return detail == null || detail.isBlank() ? said : said + ": " + detail;
    }

    public static String text(Locale locale, String key, List<?> arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
            return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
