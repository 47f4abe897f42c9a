package org.civicvoice.participation.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civicvoice.participation.identity.boundary.Registration;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.shared.BusinessException;

/**
 * {@code account/login.xhtml?next=...}: sign in and out. The same answer for an unknown e-mail and a wrong password.
 * The page to return to travels with the form and is followed only when it is one of the platform's own.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    Registration registration;

    private String email;
    private String password;
    private String next;

    public void login() {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email.trim(),
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
        BusinessException refusal = SignInFailure.of(request);
        if (refusal != null) {
            messages.error(refusal.messageKey(), refusal.arguments().toArray());
            faces.validationFailed();
            return;
        }
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                navigation.redirect(PlatformAuthentication.nextPage(request, next));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                messages.error("account.login.failed");
                faces.validationFailed();
            }
        }
    }

    public void logout() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        SignOut.of(request);
        navigation.redirect("/");
    }

    public void resendVerification() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            registration.resendVerification(email, ClientAddress.of(request));
            messages.info("account.verify.resent");
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

    /** The platform's page to return to after signing in ({@code ?next=/petition/sign.xhtml%3Fnumber%3D12}). */
    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
