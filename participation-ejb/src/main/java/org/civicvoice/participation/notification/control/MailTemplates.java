package org.civicvoice.participation.notification.control;

import org.civicvoice.participation.shared.KeyedText;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Subjects and texts of e-mails, from the mail bundles, in the recipient's language. */
public final class MailTemplates {

    static final String BUNDLE = "org.civicvoice.participation.notification.mail";

    private MailTemplates() {
    }

    /** The text of the key in the language; an argument that is a {@link KeyedText} is put in that language too. */
    public static String text(String key, String language, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, MailTemplates.class.getClassLoader());
        Object[] rendered = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            rendered[i] = arguments[i] instanceof KeyedText keyed
                    ? text(keyed.key(), language, keyed.argumentArray()) : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(rendered);
    }
}
