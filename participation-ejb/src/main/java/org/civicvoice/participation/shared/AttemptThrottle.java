package org.civicvoice.participation.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits attempts per key (an IP address, an account) within a sliding window, in this node's memory:
 * enough to stop password guessing and mass registration; a cluster multiplies the limits by its nodes.
 */
@ApplicationScoped
public class AttemptThrottle {

    private static final int MAX_KEYS = 100_000;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    /** Refuses when {@code key} made {@code max} attempts within {@code window}. */
    public void check(String key, int max, Duration window) {
        Instant now = clock.instant();
        Deque<Instant> recent = attempts.get(key);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            prune(recent, now.minus(window));
            if (recent.size() >= max) {
                Duration wait = Duration.between(now, recent.peekFirst().plus(window));
                throw new TooManyAttempts(Math.max(1, (wait.toSeconds() + 59) / 60));
            }
        }
    }

    /** Counts an attempt (a failed login, a registration) against {@code key}. */
    public void record(String key, Duration window) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_KEYS) {
            attempts.clear();
        }
        Deque<Instant> recent = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now.minus(window));
            recent.addLast(now);
        }
    }

    public void forget(String key) {
        attempts.remove(key);
    }

    private static void prune(Deque<Instant> recent, Instant oldestKept) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldestKept)) {
            recent.removeFirst();
        }
    }
}
