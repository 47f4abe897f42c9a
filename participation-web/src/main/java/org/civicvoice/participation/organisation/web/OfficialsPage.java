package org.civicvoice.participation.organisation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.AccountKey;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.identity.entity.Membership;
import org.civicvoice.participation.identity.entity.NotAllowed;
import org.civicvoice.participation.identity.entity.PendingInvitation;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** {@code organisation/officials.xhtml?slug=...}: a body's officials; its administrators invite and remove. */
@Named
@ViewScoped
public class OfficialsPage implements Serializable {

    @Inject
    transient GovernmentBodies bodies;

    @Inject
    transient Officials officials;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    private String slug;
    private Body body;
    private List<Membership> members = List.of();
    private List<PendingInvitation> invitations = List.of();
    private String inviteEmail;
    private String invitePosition;
    private BodyRole inviteRole = BodyRole.OFFICIAL;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Optional<BodySlug> parsed = BodySlug.parse(slug);
        if (parsed.isEmpty()) {
            navigation.notFound();
            return;
        }
        try {
            body = bodies.find(parsed.get());
            members = officials.of(parsed.get());
            invitations = pendingIfAdministrator(parsed.get());
        } catch (UnknownBody e) {
            navigation.notFound();
        } catch (NotAllowed e) {
            navigation.forbidden();
        }
    }

    public void invite() {
        try {
            officials.invite(body.slug(), inviteEmail, invitePosition, inviteRole);
            messages.info("organisation.officials.invited", inviteEmail);
            invitations = officials.pendingInvitations(body.slug());
            inviteEmail = null;
            invitePosition = null;
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void remove(String accountKey) {
        try {
            officials.remove(body.slug(), new AccountKey(accountKey));
            members = officials.of(body.slug());
            messages.info("organisation.officials.removed");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void resend(PendingInvitation invitation) {
        try {
            officials.resendInvitation(body.slug(), invitation.id());
            messages.info("organisation.officials.resent", invitation.email());
        } catch (RuntimeException e) {
            messages.refused(e);
        }
        invitations = officials.pendingInvitations(body.slug());
    }

    public void cancel(PendingInvitation invitation) {
        try {
            officials.cancelInvitation(body.slug(), invitation.id());
            messages.info("organisation.officials.cancelled", invitation.email());
        } catch (RuntimeException e) {
            messages.refused(e);
        }
        invitations = officials.pendingInvitations(body.slug());
    }

    /** The pending invitations, which name addresses: only for the body's administrators. */
    private List<PendingInvitation> pendingIfAdministrator(BodySlug slug) {
        try {
            return officials.pendingInvitations(slug);
        } catch (NotAllowed e) {
            return List.of();
        }
    }

    public List<PendingInvitation> getInvitations() {
        return invitations;
    }

    public BodyRole[] getRoles() {
        return BodyRole.values();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Body getBody() {
        return body;
    }

    public List<Membership> getMembers() {
        return members;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInvitePosition() {
        return invitePosition;
    }

    public void setInvitePosition(String invitePosition) {
        this.invitePosition = invitePosition;
    }

    public BodyRole getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(BodyRole inviteRole) {
        this.inviteRole = inviteRole;
    }
}
