package org.civicvoice.participation.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

/** {@code account/invitation.xhtml}: an invited official (or administrator) accepts. */
@Named
@RequestScoped
public class InvitationPage {

    @Inject
    Officials officials;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private String token;
    private String displayName;
    private String password;

    public void accept() {
        try {
            officials.acceptInvitation(token, password, displayName);
            messages.info("account.invitation.accepted");
            navigation.redirect("/account/login.xhtml");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
