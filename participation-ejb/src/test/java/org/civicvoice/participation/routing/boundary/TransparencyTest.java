package org.civicvoice.participation.routing.boundary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TransparencyTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertEquals(2.0, Transparency.medianHours(List.of(3_600L, 7_200L, 360_000L)));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(1.5, Transparency.medianHours(List.of(3_600L, 7_200L)));
    }

    @Test
    void noAnswersNoMedian() {
        assertNull(Transparency.medianHours(List.of()));
    }
}
