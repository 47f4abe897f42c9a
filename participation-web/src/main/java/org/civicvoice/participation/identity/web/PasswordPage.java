package org.civicvoice.participation.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.identity.boundary.PasswordReset;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

/** {@code account/forgot.xhtml} and {@code account/reset.xhtml}: a forgotten password. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    PasswordReset reset;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    HttpServletRequest request;

    private String email;
    private String token;
    private String password;
    private String passwordAgain;

    public void requestLink() {
        try {
            reset.request(email, ClientAddress.of(request));
            messages.info("account.forgot.sent");
            navigation.redirect("/account/check-inbox.xhtml");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void choosePassword() {
        if (password != null && !password.equals(passwordAgain)) {
            messages.fieldError("reset:passwordAgain", "account.password.mismatch");
            return;
        }
        try {
            reset.reset(token, password);
            messages.info("account.reset.done");
            navigation.redirect("/account/login.xhtml");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
