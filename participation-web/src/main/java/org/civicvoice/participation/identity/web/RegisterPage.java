package org.civicvoice.participation.identity.web;

import org.civicvoice.participation.identity.entity.EmailAlreadyRegistered;
import org.civicvoice.participation.organisation.web.DirectoryChoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.identity.boundary.NewAccount;
import org.civicvoice.participation.identity.boundary.Registration;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.platform.web.LocaleSelection;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

import java.util.List;

/** {@code account/register.xhtml}: a citizen registers with e-mail and password. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    DirectoryChoices directory;

    @Inject
    Registration registration;


    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    LocaleSelection locale;

    @Inject
    HttpServletRequest request;

    private String email;
    private String password;
    private String passwordAgain;
    private String displayName;
    private String regionCode;

    public void register() {
        if (password != null && !password.equals(passwordAgain)) {
            messages.fieldError("register:passwordAgain", "account.password.mismatch");
            return;
        }
        try {
            registration.register(new NewAccount(email, password, displayName, regionCode, locale.getTag()),
                    ClientAddress.of(request));
            messages.info("account.register.done", email);
            navigation.redirect("/account/check-inbox.xhtml");
        } catch (EmailAlreadyRegistered raced) {
            messages.info("account.register.done", email);
            navigation.redirect("/account/check-inbox.xhtml");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public List<Region> getRegions() {
        return directory.getRegions();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
