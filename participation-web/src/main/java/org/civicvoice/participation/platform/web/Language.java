package org.civicvoice.participation.platform.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/** The languages the interface is translated into. Adding one means adding its bundle and a value here. */
public enum Language {

    EN("en", "English"),
    KM("km", "ខ្មែរ");

    public static final Language DEFAULT = EN;
    static final String PARAMETER = "lang";
    static final String COOKIE = "lang";

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public String getTag() {
        return tag;
    }

    /** The language's name in itself, as a language switcher shows it. */
    public String getNativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first supported language among the browser's preferences, else the default. */
    public static Language preferred(Enumeration<Locale> accepted) {
        for (Locale locale : Collections.list(accepted)) {
            Optional<Language> match = fromTag(locale.getLanguage());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return DEFAULT;
    }
}
