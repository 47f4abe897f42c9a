package org.civicvoice.participation.notification.boundary;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailDeliveryTest {

    @Test
    void retriesBackOffFromFiveSecondsDoublingUpToAnHour() {
        assertEquals(Duration.ofSeconds(5), MailDelivery.retryPause(1));
        assertEquals(Duration.ofSeconds(10), MailDelivery.retryPause(2));
        assertEquals(Duration.ofSeconds(40), MailDelivery.retryPause(4));
        assertEquals(Duration.ofHours(1), MailDelivery.retryPause(12));
        assertEquals(Duration.ofHours(1), MailDelivery.retryPause(1000));
    }

    @Test
    void aSendStartsOnlyWhileTheClaimOutlastsTheLongestSend() {
        Instant claimed = Instant.parse("2025-03-01T09:00:00Z");
        Instant claimedUntil = claimed.plus(MailDelivery.CLAIM);
        assertTrue(MailDelivery.timeLeftToSend(claimedUntil, claimed));
        assertTrue(MailDelivery.timeLeftToSend(claimedUntil, claimedUntil.minus(MailDelivery.SEND_TIME)));
        assertFalse(MailDelivery.timeLeftToSend(claimedUntil, claimedUntil.minus(MailDelivery.SEND_TIME).plusMillis(1)));
        assertFalse(MailDelivery.timeLeftToSend(claimedUntil, claimedUntil.plusSeconds(1)));
    }
}
