package org.civicvoice.participation.testsupport;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code /api/test-clock}: moves the {@link MovableClock} of a test deployment ({@code {"offsetSeconds": n}}, from
 * the real time) and tells what "now" the platform's beans see. Exists only in deployments of ITs that add it.
 */
@Path("test-clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestClockResource {

    public record ClockDto(long offsetSeconds, Instant now) {
    }

    public static class OffsetDto {
        public long offsetSeconds;
    }

    @Inject
    MovableClock movable;

    @Inject
    Clock clock;

    @GET
    public ClockDto current() {
        return new ClockDto(movable.getOffset().toSeconds(), clock.instant());
    }

    @PUT
    public ClockDto move(OffsetDto offset) {
        movable.setOffset(Duration.ofSeconds(offset.offsetSeconds));
        return current();
    }
}
