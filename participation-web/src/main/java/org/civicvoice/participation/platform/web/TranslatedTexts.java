package org.civicvoice.participation.platform.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an administration form holds of one content item in the languages other than the default: the name,
 * short name and description typed beside the default ones, by language tag.
 */
public class TranslatedTexts implements Serializable {

    /** One language's fields, as the form binds them. */
    public static class Fields implements Serializable {
        private String name;
        private String shortName;
        private String description;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getShortName() {
            return shortName;
        }

        public void setShortName(String shortName) {
            this.shortName = shortName;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    private final Map<String, Fields> byLanguage = new LinkedHashMap<>();

    public TranslatedTexts() {
        for (Language language : others()) {
            byLanguage.put(language.tag(), new Fields());
        }
    }

    /** The platform languages other than the default, in the order the form shows them. */
    public static List<Language> others() {
        return Arrays.stream(Language.values()).filter(l -> l != Language.DEFAULT).toList();
    }

    /** For {@code #{page.translations.fields['km'].name}}. */
    public Map<String, Fields> getFields() {
        return byLanguage;
    }

    public Fields of(String language) {
        return byLanguage.get(language);
    }
}
