package org.civicvoice.participation.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyedTextTest {

    @Test
    void argumentsSurviveTheirColumnWithQuotesScriptAndKhmer() {
        KeyedText text = KeyedText.of("routing.reason.referred", "ក្រសួងសុខាភិបាល", "\"quoted\" <b>and</b> \\ back", 12);
        KeyedText stored = KeyedText.stored(text.key(), text.storedArguments());
        assertEquals(text, stored);
        assertEquals(List.of("ក្រសួងសុខាភិបាល", "\"quoted\" <b>and</b> \\ back", "12"), stored.arguments());
    }

    @Test
    void aKeyWithoutArgumentsStoresNoArguments() {
        KeyedText text = KeyedText.of("case.outcome.DEBATED");
        assertNull(text.storedArguments());
        assertEquals(text, KeyedText.stored("case.outcome.DEBATED", null));
        assertNull(KeyedText.stored(null, null), "nothing stored, no text");
    }

    @Test
    void argumentsTooLongForTheColumnAreShortenedFromTheLongest() {
        String summary = "s".repeat(5000);
        KeyedText text = KeyedText.of("routing.reason.referred", "Ministry of Health", summary);
        String stored = text.storedArguments();
        assertTrue(stored.length() <= KeyedText.ARGUMENTS_LENGTH, "fits: " + stored.length());
        KeyedText back = KeyedText.stored(text.key(), stored);
        assertEquals("Ministry of Health", back.arguments().get(0), "the short argument stays whole");
        assertTrue(back.arguments().get(1).endsWith("…"));
    }

    @Test
    void aBodyNamedInTheTextKeepsItsSlugAndIsShownInTheReadersLanguage() {
        KeyedText text = KeyedText.of("routing.reason.rule", new BodyName("ministry-of-health", "Ministry of Health"), 2, 1);
        String stored = text.storedArguments();
        assertEquals("[{\"body\":\"ministry-of-health\",\"name\":\"Ministry of Health\"},\"2\",\"1\"]", stored);
        KeyedText back = KeyedText.stored(text.key(), stored);
        assertEquals(text, back);
        assertEquals(List.of("Ministry of Health", "2", "1"), back.arguments(), "the default name where none is known");
        assertEquals(List.of("ក្រសួងសុខាភិបាល", "2", "1"),
                back.withBodyNames(slug -> "ministry-of-health".equals(slug) ? "ក្រសួងសុខាភិបាល" : null).arguments());
        assertEquals(List.of("Ministry of Health", "2", "1"), back.withBodyNames(slug -> null).arguments(),
                "a body the reader's directory does not know keeps its stored name");
        assertEquals(List.of("Old text"), KeyedText.stored("routing.reason.recorded", "[\"Old text\"]")
                .withBodyNames(slug -> "never asked").arguments(), "a plain argument is never looked up");
    }

    @Test
    void aKeyIsNeverBlank() {
        assertThrows(IllegalArgumentException.class, () -> KeyedText.of(" "));
    }
}
