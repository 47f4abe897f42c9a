package org.civicvoice.participation.shared;

import java.time.Duration;

/** How long work that failed waits before its next try: 5 s, 10 s, 20 s, ... doubling up to one hour. */
public final class RetryPause {

    private RetryPause() {
    }

    public static Duration after(int attempts) {
        long seconds = 5L << Math.min(Math.max(attempts - 1, 0), 10);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}
