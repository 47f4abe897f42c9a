package org.civicvoice.participation.notification.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class MailTransportTest {

    private static final LocalDateTime QUEUED = LocalDateTime.of(2025, 3, 1, 9, 30, 15, 123_456_000);

    @Test
    void theMessageIdNamesTheOutboxRowItsTimeAndTheHostOfThePublicAddress() {
        MailTransport transport = transport("https://Petitions.Example.gov/participation/");
        assertEquals("<outbox-42.20250301093015123456@petitions.example.gov>", transport.messageId(42, QUEUED));
        assertEquals(transport.messageId(42, QUEUED), transport.messageId(42, QUEUED), "the same for every attempt");
        assertNotEquals(transport.messageId(42, QUEUED), transport.messageId(43, QUEUED));
        assertNotEquals(transport.messageId(42, QUEUED), transport.messageId(42, QUEUED.plusNanos(1000)),
                "a row of a new database with a reused id gets another id");
    }

    @Test
    void withoutAHostTheMessageIdIsInTheLocalhostDomain() {
        assertEquals("localhost", MailTransport.domain("http://localhost:8080"));
        assertEquals("localhost", MailTransport.domain("not a url"));
        assertEquals("localhost", MailTransport.domain("/relative"));
        assertEquals("<outbox-1.20250301093015123456@localhost>", transport("").messageId(1, QUEUED));
    }

    @Test
    void savingTheMessageKeepsItsMessageId() throws MessagingException {
        MailTransport transport = transport("https://petitions.example.gov");
        String id = transport.messageId(7, QUEUED);
        MimeMessage message = transport.compose(id, "citizen@example.org", "Confirm your e-mail", "Hello");
        message.saveChanges();
        message.saveChanges();
        assertArrayEquals(new String[]{id}, message.getHeader("Message-ID"));
        assertEquals(id, message.getMessageID());
    }

    private static MailTransport transport(String baseUrl) {
        MailTransport transport = new MailTransport();
        transport.baseUrl = baseUrl;
        transport.host = "localhost";
        transport.port = 25;
        transport.user = Optional.empty();
        transport.password = Optional.empty();
        transport.from = "Participation <noreply@petitions.example.gov>";
        return transport;
    }
}
