package org.civicvoice.participation.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.identity.boundary.PlatformAdministration;
import org.civicvoice.participation.identity.entity.AccountKey;
import org.civicvoice.participation.identity.entity.PlatformRole;
import org.civicvoice.participation.identity.entity.RoleHolder;
import org.civicvoice.participation.platform.web.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code account/roles.xhtml}: platform administrators grant and revoke the moderator and administrator roles. */
@Named
@ViewScoped
public class RolesPage implements Serializable {

    @Inject
    transient PlatformAdministration administration;

    @Inject
    transient Messages messages;

    private List<RoleHolder> holders;
    private String email;
    private PlatformRole role = PlatformRole.MODERATOR;

    public List<RoleHolder> getHolders() {
        if (holders == null) {
            holders = administration.roleHolders();
        }
        return holders;
    }

    public void grant() {
        try {
            boolean granted = administration.grant(email, role);
            messages.info(granted ? "identity.roles.granted" : "identity.roles.invited", email,
                    messages.text("identity.platformRole." + role));
            email = null;
            holders = null;
        } catch (RuntimeException e) {
            messages.refused(e, Map.of("identity.input.invalid", "grant:email",
                    "identity.roles.noAccount", "grant:email"));
        }
    }

    public void revoke(RoleHolder holder) {
        try {
            administration.revoke(new AccountKey(holder.accountKey()), holder.role());
            messages.info("identity.roles.revoked", holder.displayName(),
                    messages.text("identity.platformRole." + holder.role()));
            holders = null;
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public PlatformRole[] getRoles() {
        return PlatformRole.values();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public PlatformRole getRole() {
        return role;
    }

    public void setRole(PlatformRole role) {
        this.role = role;
    }
}
