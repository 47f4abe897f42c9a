package org.civicvoice.participation.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.boundary.Registration;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

/**
 * The pages a link in an e-mail opens: {@code account/verify.xhtml} and {@code account/confirm-email.xhtml}.
 * Opening the link changes nothing (mail scanners fetch links); the button on the page confirms with a POST.
 */
@Named
@RequestScoped
public class TokenPage {

    @Inject
    Registration registration;

    @Inject
    MyAccount myAccount;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private String token;

    public void verifyEmail() {
        try {
            registration.verifyEmail(token);
            messages.info("account.verify.done");
            navigation.redirect("/account/login.xhtml");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void confirmEmailChange() {
        try {
            myAccount.confirmEmailChange(token);
            messages.info("account.email.changed");
            navigation.redirect("/account/index.xhtml");
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
}
