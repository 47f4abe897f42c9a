package org.civicvoice.participation.shared;

import java.text.Normalizer;

/**
 * One line of text a person typed that others will read as a name or a title: composed to NFC, so that the same
 * letters are stored the same way, and without the characters that make text look like something else (bidi
 * overrides and isolates, zero-width spaces, the byte-order mark and other invisible format characters) or break
 * it into lines (control characters). Zero-width joiner and non-joiner stay: scripts need them for shaping.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The cleaned line, blanks collapsed and trimmed; {@code null} stays {@code null}. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                clean.append(' ');
            } else if (isVisible(c)) {
                clean.appendCodePoint(c);
            }
        });
        return clean.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Whether the text carries a character that {@link #line} would remove. */
    public static boolean hasHidden(String text) {
        return text != null && text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !isVisible(c));
    }

    private static boolean isVisible(int c) {
        if (c == 0x200C || c == 0x200D) {
            return true;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE;
    }
}
