package org.civicvoice.participation.notification.boundary;

import org.civicvoice.participation.shared.BodyName;
import org.civicvoice.participation.shared.KeyedText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxNamesTest {

    private static final Map<String, String> KHMER = Map.of("ministry-of-health", "ក្រសួងសុខាភិបាល");

    @Test
    void aMailNamesTheBodyInTheRecipientsLanguage() {
        Object[] named = Outbox.withNames(new Object[]{"Free insulin", new BodyName("ministry-of-health",
                "Ministry of Health"), new BodyName("hillview", "Hillview Municipality"), 12}, KHMER);
        assertArrayEquals(new Object[]{"Free insulin", "ក្រសួងសុខាភិបាល", "Hillview Municipality", 12}, named,
                "a body without a name in the language keeps its stored one");
    }

    @Test
    void aStoredTextInTheMailNamesItsBodiesTooAndOtherArgumentsStay() {
        KeyedText reason = KeyedText.of("routing.reason.addressed", new BodyName("ministry-of-health", "Ministry of Health"));
        Object[] named = Outbox.withNames(new Object[]{reason}, KHMER);
        assertEquals(List.of("ក្រសួងសុខាភិបាល"), ((KeyedText) named[0]).arguments());
    }
}
