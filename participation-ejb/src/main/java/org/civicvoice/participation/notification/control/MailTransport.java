package org.civicvoice.participation.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends one plain-text UTF-8 e-mail through the configured SMTP server. Every mail of the outbox carries a
 * {@code Message-ID} made from its row alone ({@link #messageId(long, LocalDateTime)}), so a mail sent again after a
 * crash between the server's acceptance and the row being marked sent has the same id, by which many receiving
 * systems drop the duplicate.
 */
@ApplicationScoped
public class MailTransport {

    private static final DateTimeFormatter QUEUED_AT = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSSSSS");

    @Inject
    @ConfigProperty(name = "participation.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "participation.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "participation.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "participation.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "participation.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "participation.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "participation.mail.from", defaultValue = "Participation <noreply@localhost>")
    String from;

    private volatile Session session;

    /**
     * The {@code Message-ID} of the outbox mail with this row id and time of queueing (as stored, to the
     * microsecond), in the domain of the platform's public address: {@code <outbox-42.20250301093015123456@host>}.
     * The time keeps ids apart when the row ids of a new database start again from 1.
     */
    public String messageId(long outboxId, LocalDateTime queuedAt) {
        return messageId(outboxId, queuedAt, domain(baseUrl));
    }

    static String messageId(long outboxId, LocalDateTime queuedAt, String domain) {
        return "<outbox-" + outboxId + "." + QUEUED_AT.format(queuedAt) + "@" + domain + ">";
    }

    static String domain(String baseUrl) {
        try {
            String name = URI.create(baseUrl.trim()).getHost();
            return name == null || name.isBlank() ? "localhost" : name.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "localhost";
        }
    }

    public void send(String messageId, String recipient, String subject, String body) throws MessagingException {
        Transport.send(compose(messageId, recipient, subject, body));
    }

    MimeMessage compose(String messageId, String recipient, String subject, String body) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session(), messageId);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        return message;
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            Properties properties = new Properties();
            properties.put("mail.transport.protocol", "smtp");
            properties.put("mail.smtp.host", host);
            properties.put("mail.smtp.port", String.valueOf(port));
            properties.put("mail.smtp.connectiontimeout", "5000");
            properties.put("mail.smtp.timeout", "10000");
            properties.put("mail.smtp.writetimeout", "10000");
            properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
            properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
            Authenticator authenticator = null;
            if (user.isPresent() && !user.get().isBlank()) {
                properties.put("mail.smtp.auth", "true");
                String name = user.get();
                String secret = password.orElse("");
                authenticator = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(name, secret);
                    }
                };
            }
            current = Session.getInstance(properties, authenticator);
            session = current;
        }
        return current;
    }
}
