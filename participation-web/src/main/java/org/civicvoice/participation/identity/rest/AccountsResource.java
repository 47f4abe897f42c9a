package org.civicvoice.participation.identity.rest;

import org.civicvoice.participation.identity.entity.EmailAlreadyRegistered;
import org.civicvoice.participation.identity.web.PlatformAuthentication;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.identity.boundary.AccountExport;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.boundary.PasswordReset;
import org.civicvoice.participation.identity.boundary.Registration;
import org.civicvoice.participation.identity.rest.IdentityDtos.AccountDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.EmailChangeDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.EmailDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.NewPasswordDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.PasswordChangeDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.PasswordDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.ProfileDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.RegistrationDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.TokenDto;
import org.civicvoice.participation.identity.web.SignOut;
import org.civicvoice.participation.identity.web.ClientAddress;
import org.civicvoice.participation.platform.rest.Problem;

/** {@code /api/accounts}: registration, e-mail verification, password reset and the caller's own account. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Registration registration;

    @Inject
    PasswordReset passwordReset;

    @Inject
    MyAccount myAccount;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @POST
    public Response register(RegistrationDto form) {
        if (form == null) {
            return new Problem("about:blank", "Bad Request", 400, "an account is needed").toResponse();
        }
        try {
            registration.register(form.toNewAccount(), ClientAddress.of(request));
        } catch (EmailAlreadyRegistered raced) {
            // Two registrations of one address at once: the other one made the account; the answer stays the same.
        }
        return Response.created(uri.getBaseUriBuilder().path("accounts/me").build()).build();
    }

    @POST
    @Path("verification")
    public Response verify(TokenDto token) {
        registration.verifyEmail(token == null ? null : token.token());
        return Response.noContent().build();
    }

    @POST
    @Path("verification-requests")
    public Response resendVerification(EmailDto email) {
        registration.resendVerification(email == null ? null : email.email(), ClientAddress.of(request));
        return Response.accepted().build();
    }

    @POST
    @Path("password-resets")
    public Response requestPasswordReset(EmailDto email) {
        passwordReset.request(email == null ? null : email.email(), ClientAddress.of(request));
        return Response.accepted().build();
    }

    @POST
    @Path("password-resets/confirmation")
    public Response resetPassword(NewPasswordDto reset) {
        passwordReset.reset(reset == null ? null : reset.token(), reset == null ? null : reset.password());
        return Response.noContent().build();
    }

    @POST
    @Path("email-confirmation")
    public Response confirmEmail(TokenDto token) {
        myAccount.confirmEmailChange(token == null ? null : token.token());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    public AccountDto me() {
        return AccountDto.of(myAccount.me());
    }

    @PUT
    @Path("me")
    public AccountDto updateProfile(ProfileDto change) {
        return AccountDto.of(myAccount.updateProfile(change == null ? null : change.toChange()));
    }

    @POST
    @Path("me/password")
    public Response changePassword(PasswordChangeDto change) {
        long generation = myAccount.changePassword(change.currentPassword(), change.newPassword(),
                ClientAddress.of(request));
        PlatformAuthentication.keepSession(request, generation);
        return Response.noContent().build();
    }

    @POST
    @Path("me/email")
    public Response changeEmail(EmailChangeDto change) {
        myAccount.requestEmailChange(change.newEmail(), change.currentPassword(), ClientAddress.of(request));
        return Response.accepted().build();
    }

    @GET
    @Path("me/export")
    public Response export() {
        AccountExport export = myAccount.export();
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"my-participation-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("me/deletion")
    public Response delete(PasswordDto password) throws ServletException {
        myAccount.delete(password == null ? null : password.password(), ClientAddress.of(request));
        SignOut.of(request);
        return Response.noContent().build();
    }
}
