package org.civicvoice.participation.shared;

import jakarta.enterprise.context.RequestScoped;

/**
 * The language the person behind this request reads, chosen by the web tier once per request (the page's
 * language, or the API's {@code ?lang=} and {@code Accept-Language}); boundaries that copy names of bodies,
 * topics, regions and petition types into cards take them in this language. Outside a request (scheduled work)
 * it is the default language.
 */
@RequestScoped
public class ReaderLanguage {

    private String tag = Translations.DEFAULT;

    /** The reader's language tag, one the platform has. */
    public String tag() {
        return tag;
    }

    public void use(String language) {
        this.tag = Translations.supported(language);
    }
}
