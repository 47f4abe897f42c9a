package org.civicvoice.participation.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on the loopback address, for the local run: every mail the platform sends
 * is kept here, and its links are printed, so that registration works without a mail account.
 */
public final class DevMailServer implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final GreenMail greenMail;
    private ScheduledExecutorService reporter;
    private int reported;

    private DevMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static DevMailServer start(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return new DevMailServer(mail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Reports each new mail (recipient, subject, links) to the consumer, once a second. */
    public void reportTo(Consumer<String> out) {
        reporter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dev-mail-reporter");
            thread.setDaemon(true);
            return thread;
        });
        reporter.scheduleWithFixedDelay(() -> {
            MimeMessage[] messages = greenMail.getReceivedMessages();
            for (int i = reported; i < messages.length; i++) {
                out.accept(describe(messages[i]));
            }
            reported = messages.length;
        }, 1, 1, TimeUnit.SECONDS);
    }

    static String describe(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder("Mail to ")
                    .append(Arrays.toString(message.getAllRecipients()))
                    .append(": ").append(message.getSubject());
            Matcher links = LINK.matcher(GreenMailUtil.getBody(message));
            while (links.find()) {
                text.append("\n    ").append(links.group());
            }
            return text.toString();
        } catch (MessagingException e) {
            return "Mail that could not be read: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        if (reporter != null) {
            reporter.shutdownNow();
        }
        greenMail.stop();
    }
}
