package org.civicvoice.participation.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.control.AccountLookup;
import org.civicvoice.participation.identity.control.Passwords;
import org.civicvoice.participation.identity.control.Tokens;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AccountKey;
import org.civicvoice.participation.identity.entity.AccountToken;
import org.civicvoice.participation.identity.entity.AccountStatus;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.identity.entity.InvalidInput;
import org.civicvoice.participation.identity.entity.InvitationGone;
import org.civicvoice.participation.identity.entity.Membership;
import org.civicvoice.participation.identity.entity.PendingInvitation;
import org.civicvoice.participation.identity.entity.PlatformRole;
import org.civicvoice.participation.shared.Roles;
import org.civicvoice.participation.identity.entity.TokenPurpose;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The officials of a government body. A platform administrator manages every body; a body administrator
 * only their own; officials see their colleagues. An invitation by e-mail makes the invitee a member.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.OFFICIAL})
public class Officials {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookup accounts;

    @Inject
    GovernmentBodies bodies;

    @Inject
    Tokens tokens;

    @Inject
    Passwords passwords;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Where to tell a body's administrators of something that needs them: e-mail and language of each. */
    @PermitAll
    public List<Recipient> administratorsOf(BodySlug body) {
        return em.createQuery("""
                        SELECT m.account.email, m.account.language FROM Membership m
                        WHERE m.body.slug = :body AND m.role = :role AND m.account.email IS NOT NULL
                        AND m.account.status = :active ORDER BY m.account.id""", Object[].class)
                .setParameter("body", body.value())
                .setParameter("role", BodyRole.BODY_ADMIN)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream()
                .map(row -> new Recipient((String) row[0], (String) row[1]))
                .toList();
    }

    /**
     * The signed-in caller, if they may act in one of the bodies with one of the roles (platform administrators
     * may act everywhere); empty otherwise. Does not throw, so a caller can try a second body.
     */
    public Optional<Account> actingIn(List<BodySlug> bodies, Set<BodyRole> roles) {
        Account caller = accounts.caller();
        for (BodySlug body : bodies) {
            if (accounts.mayActIn(caller, body, roles)) {
                return Optional.of(caller);
            }
        }
        return Optional.empty();
    }

    /** The member of the body with this key, if they have one of the roles there. */
    public Optional<Account> member(BodySlug body, AccountKey key, Set<BodyRole> roles) {
        return em.createQuery("""
                        SELECT m.account FROM Membership m
                        WHERE m.body.slug = :body AND m.account.key = :key AND m.role IN :roles
                        AND m.account.status = :active""", Account.class)
                .setParameter("body", body.value())
                .setParameter("key", key.value())
                .setParameter("roles", roles)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    /** The active members of the body who may answer items, optionally only those holding a position. */
    @PermitAll
    public List<Account> answering(BodySlug body, String position) {
        boolean anyPosition = position == null || position.isBlank();
        var query = em.createQuery("SELECT m.account FROM Membership m WHERE m.body.slug = :body"
                        + " AND m.account.status = :active" + (anyPosition ? "" : " AND m.position = :position")
                        + " ORDER BY m.account.id", Account.class)
                .setParameter("body", body.value())
                .setParameter("active", AccountStatus.ACTIVE);
        if (!anyPosition) {
            query.setParameter("position", position.strip());
        }
        return query.getResultList();
    }

    /** An address to write to, and the language to write in. */
    public record Recipient(String email, String language) {
    }

    /** The officials of the body, by name; only for its members and platform administrators. */
    public List<Membership> of(BodySlug body) {
        accounts.requireInBody(body, EnumSet.allOf(BodyRole.class));
        return em.createQuery("""
                        SELECT m FROM Membership m JOIN FETCH m.account JOIN m.body b
                        WHERE b.slug = :body ORDER BY m.account.displayName""", Membership.class)
                .setParameter("body", body.value())
                .getResultList();
    }

    /** Invites someone by e-mail to the body with a position and role. */
    public void invite(BodySlug bodySlug, String email, String position, BodyRole role) {
        Account inviter = accounts.requireInBody(bodySlug, EnumSet.of(BodyRole.BODY_ADMIN));
        EmailAddress invitee = Registration.emailOf(email);
        if (position == null || position.isBlank() || position.length() > Membership.POSITION_LENGTH || role == null) {
            throw new InvalidInput("position");
        }
        Body body = bodies.find(bodySlug);
        String secret = tokens.issue(hash -> AccountToken.invitation(hash, invitee, body, position.trim(), role,
                clock.instant()));
        outbox.queue(invitee.value(), inviter.getLanguage(), "mail.invitation", body.named(), position.trim(),
                outbox.link("/account/invitation.xhtml?token=" + secret));
    }

    /** The invitations to the body still waiting for their invitee, newest first; for its administrators. */
    public List<PendingInvitation> pendingInvitations(BodySlug body) {
        accounts.requireInBody(body, EnumSet.of(BodyRole.BODY_ADMIN));
        return em.createQuery("""
                        SELECT t FROM AccountToken t
                        WHERE t.purpose = :invitation AND t.body.slug = :body AND t.usedAt IS NULL AND t.expiresAt > :now
                        ORDER BY t.createdAt DESC, t.id DESC""", AccountToken.class)
                .setParameter("invitation", TokenPurpose.INVITATION)
                .setParameter("body", body.value())
                .setParameter("now", clock.instant())
                .getResultStream()
                .map(t -> new PendingInvitation(t.getId(), t.getEmail(), t.getPosition(), t.getBodyRole(),
                        t.getCreatedAt(), t.getExpiresAt()))
                .toList();
    }

    /** Sends a pending invitation again with a new link; the old link stops working. */
    public void resendInvitation(BodySlug bodySlug, long invitationId) {
        Account inviter = accounts.requireInBody(bodySlug, EnumSet.of(BodyRole.BODY_ADMIN));
        AccountToken old = em.find(AccountToken.class, invitationId);
        retirePending(bodySlug, invitationId);
        EmailAddress invitee = new EmailAddress(old.getEmail());
        String secret = tokens.issue(hash -> AccountToken.invitation(hash, invitee, old.getBody(), old.getPosition(),
                old.getBodyRole(), clock.instant()));
        outbox.queue(invitee.value(), inviter.getLanguage(), "mail.invitation", old.getBody().named(),
                old.getPosition(), outbox.link("/account/invitation.xhtml?token=" + secret));
    }

    /** Cancels a pending invitation: its link stops working. */
    public void cancelInvitation(BodySlug bodySlug, long invitationId) {
        accounts.requireInBody(bodySlug, EnumSet.of(BodyRole.BODY_ADMIN));
        retirePending(bodySlug, invitationId);
    }

    /** Marks the body's pending invitation used, once; refuses one accepted, cancelled or expired meanwhile. */
    private void retirePending(BodySlug body, long invitationId) {
        int retired = em.createQuery("""
                        UPDATE AccountToken t SET t.usedAt = :now
                        WHERE t.id = :id AND t.purpose = :invitation AND t.usedAt IS NULL AND t.expiresAt > :now
                        AND t.body IN (SELECT b FROM Body b WHERE b.slug = :body)""")
                .setParameter("now", clock.instant())
                .setParameter("id", invitationId)
                .setParameter("invitation", TokenPurpose.INVITATION)
                .setParameter("body", body.value())
                .executeUpdate();
        if (retired != 1) {
            throw new InvitationGone();
        }
    }

    /** Takes an official out of the body. */
    public void remove(BodySlug body, AccountKey official) {
        accounts.requireInBody(body, EnumSet.of(BodyRole.BODY_ADMIN));
        em.createQuery("""
                        DELETE FROM Membership m
                        WHERE m.account.key = :account AND m.body.slug = :body""")
                .setParameter("account", official.value())
                .setParameter("body", body.value())
                .executeUpdate();
    }

    /**
     * Accepts an invitation: an existing account joins the body; otherwise a new account is made, its e-mail
     * verified by the invitation link itself. An invitation without a body makes a platform administrator.
     */
    @PermitAll
    public AccountKey acceptInvitation(String token, String password, String displayName) {
        AccountToken invitation = tokens.use(token, TokenPurpose.INVITATION);
        EmailAddress email = new EmailAddress(invitation.getEmail());
        Optional<Account> existing = accounts.byEmail(email);
        Account account;
        if (existing.isPresent()) {
            account = existing.get();
        } else {
            if (displayName == null || displayName.isBlank() || displayName.length() > Account.DISPLAY_NAME_LENGTH) {
                throw new InvalidInput("displayName");
            }
            account = new Account(email, passwords.hashOf(password), displayName.trim(), null, "en", clock.instant());
            em.persist(account);
        }
        account.verifyEmail(clock.instant());
        if (invitation.getBody() == null) {
            account.grant(PlatformRole.PLATFORM_ADMIN);
        } else {
            Optional<Membership> membership = em.createQuery(
                            "SELECT m FROM Membership m WHERE m.account = :account AND m.body = :body", Membership.class)
                    .setParameter("account", account)
                    .setParameter("body", invitation.getBody())
                    .getResultStream().findFirst();
            if (membership.isPresent()) {
                membership.get().change(invitation.getPosition(), invitation.getBodyRole());
            } else {
                em.persist(new Membership(account, invitation.getBody(), invitation.getPosition(),
                        invitation.getBodyRole(), clock.instant()));
            }
        }
        accounts.flushWithUniqueEmail();
        return account.key();
    }
}
