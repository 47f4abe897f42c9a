package org.civicvoice.participation.platform.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Interface texts from the resource bundles, for code that renders outside a Facelets page. */
public final class Texts {

    public static final String BUNDLE = "org.civicvoice.participation.platform.web.InterfaceTexts";

    private Texts() {
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
