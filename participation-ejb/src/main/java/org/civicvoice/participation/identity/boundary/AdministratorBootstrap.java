package org.civicvoice.participation.identity.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.control.Tokens;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.identity.entity.TokenPurpose;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.platform.boundary.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first platform administrator: while the platform has none, the address in
 * {@code PARTICIPATION_ADMIN_EMAIL} gets an invitation (once, and again when that one expires).
 */
@Singleton
public class AdministratorBootstrap {

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "participation.admin-email")
    Optional<String> adminEmail;

    @Inject
    SchemaMigration schema;

    @Inject
    Tokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void inviteFirstAdministrator() {
        if (adminEmail.isEmpty() || adminEmail.get().isBlank() || schema.currentVersion() == null
                || PlatformAdministration.anyAdministrator(em) || invitationPending()) {
            return;
        }
        if (!EmailAddress.isValid(adminEmail.get())) {
            LOG.warning("PARTICIPATION_ADMIN_EMAIL is not an e-mail address; no administrator invited");
            return;
        }
        PlatformAdministration.queueAdministratorInvitation(new EmailAddress(adminEmail.get()), em, tokens, outbox,
                clock.instant());
        LOG.info(() -> "Invitation to administer the platform sent to " + adminEmail.get());
    }

    private boolean invitationPending() {
        Number pending = (Number) em.createNativeQuery("""
                        SELECT COUNT(*) FROM idn_token
                        WHERE purpose = ? AND body_id IS NULL AND used_at IS NULL AND expires_at > ?""")
                .setParameter(1, TokenPurpose.INVITATION.name())
                .setParameter(2, Timestamp.from(clock.instant()))
                .getSingleResult();
        return pending.longValue() > 0;
    }
}
