package org.civicvoice.participation.identity.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address in the form accounts are keyed by: trimmed and in lower case. */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern FORM = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("An e-mail address is needed");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an e-mail address: " + value);
        }
    }

    public static boolean isValid(String text) {
        try {
            new EmailAddress(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
