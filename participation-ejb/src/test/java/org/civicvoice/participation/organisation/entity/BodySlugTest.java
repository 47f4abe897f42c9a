package org.civicvoice.participation.organisation.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodySlugTest {

    @Test
    void lowerCaseWordsJoinedByHyphensAreASlug() {
        assertEquals("ministry-of-health", BodySlug.of("ministry-of-health").value());
    }

    @Test
    void textThatIsNoSlugIsRefused() {
        for (String bad : new String[]{"", "Ministry", "a--b", "-a", "a-", "a b", "<script>", "a".repeat(81)}) {
            assertThrows(IllegalArgumentException.class, () -> BodySlug.of(bad), bad);
            assertTrue(BodySlug.parse(bad).isEmpty(), bad);
        }
        assertTrue(BodySlug.parse(null).isEmpty());
    }
}
