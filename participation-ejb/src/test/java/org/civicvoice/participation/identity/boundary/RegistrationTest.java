package org.civicvoice.participation.identity.boundary;

import org.civicvoice.participation.shared.AttemptThrottle;
import org.civicvoice.participation.shared.TooManyAttempts;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertThrows;

class RegistrationTest {

    private static final String ADDRESS = "198.51.100.7";

    /** The real throttle, on the system clock (its clock is injected in the container). */
    private static AttemptThrottle throttle() throws ReflectiveOperationException {
        AttemptThrottle throttle = new AttemptThrottle();
        Field clock = AttemptThrottle.class.getDeclaredField("clock");
        clock.setAccessible(true);
        clock.set(throttle, Clock.systemUTC());
        return throttle;
    }

    @Test
    void aRegistrationOverItsAddresssHourlyLimitIsRefusedBeforeAnythingElseHappens() throws Exception {
        Registration registration = new Registration();
        registration.requestsPerAddressAndHour = 3;
        registration.throttle = throttle();
        for (int i = 0; i < 3; i++) {
            registration.throttle.record("register:" + ADDRESS, Registration.WINDOW);
        }
        NewAccount form = new NewAccount("owner@example.org", "a long enough password", "Owner", null, "en");
        // no account lookup, password hashing or mail is wired: reaching any of them would fail otherwise
        assertThrows(TooManyAttempts.class, () -> registration.register(form, ADDRESS),
                "for a new address and an existing one alike, the answer is the throttle's");
    }
}
