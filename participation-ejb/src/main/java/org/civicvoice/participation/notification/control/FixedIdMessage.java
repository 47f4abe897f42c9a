package org.civicvoice.participation.notification.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose {@code Message-ID} is the one given, not one that Jakarta Mail makes up each time the message is
 * saved: so that every attempt to send the same outbox mail carries the same id.
 */
final class FixedIdMessage extends MimeMessage {

    private final String messageId;

    FixedIdMessage(Session session, String messageId) throws MessagingException {
        super(session);
        this.messageId = messageId;
        setHeader("Message-ID", messageId);
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
