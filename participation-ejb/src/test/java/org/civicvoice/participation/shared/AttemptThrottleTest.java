package org.civicvoice.participation.shared;

import org.civicvoice.participation.shared.TooManyAttempts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AttemptThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private static AttemptThrottle throttleAt(Instant now) {
        AttemptThrottle throttle = new AttemptThrottle();
        throttle.clock = Clock.fixed(now, ZoneOffset.UTC);
        return throttle;
    }

    @Test
    void theAttemptAfterTheLimitIsRefusedWithTheMinutesToWait() {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        AttemptThrottle throttle = throttleAt(now);
        for (int i = 0; i < 5; i++) {
            throttle.check("login:a", 5, WINDOW);
            throttle.record("login:a", WINDOW);
        }
        TooManyAttempts refused = assertThrows(TooManyAttempts.class, () -> throttle.check("login:a", 5, WINDOW));
        assertEquals(15L, refused.arguments().get(0));
        assertDoesNotThrow(() -> throttle.check("login:b", 5, WINDOW), "other keys are not affected");
    }

    @Test
    void attemptsOlderThanTheWindowNoLongerCount() {
        Instant start = Instant.parse("2026-11-24T10:00:00Z");
        AttemptThrottle throttle = throttleAt(start);
        for (int i = 0; i < 5; i++) {
            throttle.record("login:a", WINDOW);
        }
        throttle.clock = Clock.fixed(start.plus(WINDOW).plusSeconds(1), ZoneOffset.UTC);
        assertDoesNotThrow(() -> throttle.check("login:a", 5, WINDOW));
    }

    @Test
    void forgettingAKeyClearsItsAttempts() {
        AttemptThrottle throttle = throttleAt(Instant.parse("2026-11-24T10:00:00Z"));
        for (int i = 0; i < 5; i++) {
            throttle.record("login:a", WINDOW);
        }
        throttle.forget("login:a");
        assertDoesNotThrow(() -> throttle.check("login:a", 5, WINDOW));
    }
}
