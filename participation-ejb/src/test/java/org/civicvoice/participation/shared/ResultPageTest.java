package org.civicvoice.participation.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultPageTest {

    @Test
    void aPageKnowsWhetherMoreFollow() {
        assertTrue(new ResultPage<>(List.of(1, 2), 5, 0, 2).hasNext());
        assertFalse(new ResultPage<>(List.of(5), 5, 4, 2).hasNext());
    }

    @Test
    void pageSizesAreKeptWithinLimits() {
        assertEquals(1, ResultPage.clampSize(0));
        assertEquals(ResultPage.MAX_SIZE, ResultPage.clampSize(10_000));
        assertEquals(20, ResultPage.clampSize(20));
    }

    @Test
    void negativeTotalsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ResultPage<>(List.of(), -1, 0, 10));
    }

    @Test
    void mappingKeepsThePosition() {
        ResultPage<String> mapped = new ResultPage<>(List.of(1, 2), 7, 2, 2).map(String::valueOf);
        assertEquals(List.of("1", "2"), mapped.items());
        assertEquals(7, mapped.total());
        assertEquals(2, mapped.first());
    }
}
