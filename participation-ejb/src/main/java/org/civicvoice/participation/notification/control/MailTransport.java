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

import java.util.Optional;
import java.util.Properties;

/** Sends one plain-text UTF-8 e-mail through the configured SMTP server. */
@ApplicationScoped
public class MailTransport {

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

    public void send(String recipient, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message);
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
