package org.civicvoice.participation.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.notification.entity.OutboxMail;
import org.civicvoice.participation.platform.web.Navigation;

import java.util.List;

/**
 * {@code dev/mails.xhtml}: the mails the platform sent, for a developer without a mail account. Exists only in
 * development mode; in production it answers 404.
 */
@Named
@RequestScoped
public class DevMailPage {

    @Inject
    Outbox outbox;

    @Inject
    Navigation navigation;

    private List<OutboxMail> mails = List.of();

    public void load() {
        if (!outbox.isDevelopment()) {
            navigation.notFound();
            return;
        }
        mails = outbox.recentInDevelopment(50);
    }

    public List<OutboxMail> getMails() {
        return mails;
    }
}
