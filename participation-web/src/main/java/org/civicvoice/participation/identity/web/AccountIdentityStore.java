package org.civicvoice.participation.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.identity.boundary.SignIn;
import org.civicvoice.participation.shared.BusinessException;

/** Validates e-mail and password against the accounts; the caller's name is the account key. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            return signIn.check(login.getCaller(), login.getPasswordAsString(), ClientAddress.of(request))
                    .map(identity -> new CredentialValidationResult(identity.accountKey(), identity.groups()))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (BusinessException refusal) {
            SignInFailure.remember(request, refusal);
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
