package org.civicvoice.participation.testsupport;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.civicvoice.participation.launcher.DevMailServer;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real SMTP server of the tests (GreenMail), on the port the platform under test sends to. It can be stopped
 * and started again, as an outage would; the mails received before are kept, as a mailbox keeps them.
 */
public final class TestMail {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    private static final List<MimeMessage> receivedBefore = new ArrayList<>();

    private static DevMailServer server;

    private TestMail() {
    }

    public static synchronized void start() {
        if (server == null) {
            server = DevMailServer.start(Integer.parseInt(System.getProperty("it.smtp.port", "3325")));
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            receivedBefore.addAll(server.received());
            server.close();
            server = null;
        }
    }

    /** Waits for the next mail to the address whose subject contains the text; returns its body. */
    public static String awaitMail(String recipient, String subjectPart, int alreadySeen, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> matching = mailsTo(recipient, subjectPart);
            if (matching.size() > alreadySeen) {
                return textOf(matching.get(matching.size() - 1));
            }
            sleep();
        }
        throw new AssertionError("no mail '" + subjectPart + "' to " + recipient + " within " + limit.toSeconds() + " s");
    }

    /** The mail's text as its reader sees it: decoded from its transfer encoding (quoted-printable for non-ASCII). */
    private static String textOf(MimeMessage mail) {
        try {
            if (mail.getContent() instanceof String text) {
                return text;
            }
        } catch (MessagingException | IOException e) {
            // read it raw below
        }
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=\n", "");
    }

    public static int count(String recipient, String subjectPart) {
        return mailsTo(recipient, subjectPart).size();
    }

    /** The {@code Message-ID} headers of the mails to the address whose subject contains the text. */
    public static List<String> messageIds(String recipient, String subjectPart) {
        return mailsTo(recipient, subjectPart).stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static synchronized List<MimeMessage> mailsTo(String recipient, String subjectPart) {
        List<MimeMessage> received = new ArrayList<>(receivedBefore);
        if (server != null) {
            received.addAll(server.received());
        }
        return received.stream().filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient))
                        && m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    public static String linkIn(String body) {
        Matcher link = LINK.matcher(body);
        if (!link.find()) {
            throw new AssertionError("no link in mail: " + body);
        }
        return link.group();
    }

    public static String tokenIn(String body) {
        Matcher token = TOKEN.matcher(body);
        if (!token.find()) {
            throw new AssertionError("no token in mail: " + body);
        }
        return token.group(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
