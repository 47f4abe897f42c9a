package org.civicvoice.participation.load;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SigningBenchmarkTest {

    @Test
    void answersAreSortedByStatusAndOutcome() {
        assertEquals("201 SIGNED", SigningBenchmark.outcomeOf(201, "{\"outcome\":\"SIGNED\",\"number\":7}"));
        assertEquals("200 ALREADY_SIGNED", SigningBenchmark.outcomeOf(200, "{\"outcome\": \"ALREADY_SIGNED\"}"));
        assertEquals("429", SigningBenchmark.outcomeOf(429, "{\"title\":\"Too Many Requests\"}"));
        assertEquals("503", SigningBenchmark.outcomeOf(503, null));
    }

    @Test
    void theCountIsReadFromTheCountAnswer() {
        assertEquals(1234, SigningBenchmark.signaturesIn(
                "{\"number\":7,\"signatures\":1234,\"updatedAt\":\"2026-01-01T00:00:00Z\"}"));
        assertEquals(-1, SigningBenchmark.signaturesIn("<html>"));
    }

    @Test
    void theCheckCountsLostAndDoubledSignatures() {
        assertEquals(0, new SigningBenchmark.Check(100, 0, 0, 100, 100, 100, 100, 100, 1).lost());
        assertEquals(3, new SigningBenchmark.Check(100, 0, 0, 97, 97, 97, 97, 97, 1).lost());
        assertEquals(0, new SigningBenchmark.Check(100, 2, 0, 102, 102, 102, 102, 102, 1).doubled(),
                "rows of requests that got no answer are not doubles");
        assertEquals(5, new SigningBenchmark.Check(100, 0, 0, 100, 100, 105, 100, 100, 1).doubled());
    }

    @Test
    void outcomesListEverythingButTheExpectedAnswer() {
        Outcomes outcomes = new Outcomes();
        outcomes.count("201 SIGNED");
        outcomes.count("201 SIGNED");
        outcomes.count("429");
        outcomes.count("HttpTimeoutException");
        assertEquals(4, outcomes.total());
        assertEquals("429: 1, HttpTimeoutException: 1", SigningBenchmark.describe(outcomes.except("201 SIGNED")));
        assertEquals("none", SigningBenchmark.describe(Map.of()));
    }

    @Test
    void onlyAPlatformOnThisMachineIsLoaded() {
        assertEquals("http://localhost:8280/", BenchmarkSettings.from(Map.of()).base().toString());
        assertEquals(16, BenchmarkSettings.from(Map.of()).writers());
        assertEquals(9000, BenchmarkSettings.from(Map.of("BENCH_CITIZENS", "9000")).citizens());
        assertThrows(IllegalArgumentException.class,
                () -> BenchmarkSettings.from(Map.of("BENCH_BASE_URL", "https://petitions.example.gov")));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.from(Map.of("BENCH_WRITERS", "0")));
    }
}
