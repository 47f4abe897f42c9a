package org.civicvoice.participation.notification.boundary;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MailDeliveryTest {

    @Test
    void retriesBackOffFromFiveSecondsDoublingUpToAnHour() {
        assertEquals(Duration.ofSeconds(5), MailDelivery.retryPause(1));
        assertEquals(Duration.ofSeconds(10), MailDelivery.retryPause(2));
        assertEquals(Duration.ofSeconds(40), MailDelivery.retryPause(4));
        assertEquals(Duration.ofHours(1), MailDelivery.retryPause(12));
        assertEquals(Duration.ofHours(1), MailDelivery.retryPause(1000));
    }
}
