package org.civicvoice.participation.notification.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Subjects and texts of e-mails, from the mail bundles, in the recipient's language. */
public final class MailTemplates {

    static final String BUNDLE = "org.civicvoice.participation.notification.mail";

    private MailTemplates() {
    }

    public static String text(String key, String language, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, MailTemplates.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
