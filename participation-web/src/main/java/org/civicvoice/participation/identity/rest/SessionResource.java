package org.civicvoice.participation.identity.rest;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.identity.rest.IdentityDtos.Credentials;
import org.civicvoice.participation.identity.rest.IdentityDtos.SessionDto;
import org.civicvoice.participation.identity.web.SignOut;
import org.civicvoice.participation.identity.web.SignInFailure;
import org.civicvoice.participation.platform.rest.CsrfFilter;
import org.civicvoice.participation.platform.rest.Problem;
import org.civicvoice.participation.shared.BusinessException;

/** {@code /api/session}: sign in (a session cookie plus the CSRF token for later calls), sign out. */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    public Response signIn(Credentials credentials) {
        if (credentials == null) {
            return new Problem("about:blank", "Bad Request", 400, "email and password are needed").toResponse();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(String.valueOf(credentials.email()).trim(),
                        new Password(credentials.password() == null ? "" : credentials.password())))
                .newAuthentication(true));
        BusinessException refusal = SignInFailure.of(request);
        if (refusal != null) {
            throw refusal;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            return new Problem("about:blank", "Unauthorized", 401,
                    "The e-mail address or the password is not right.").toResponse();
        }
        request.changeSessionId();
        HttpSession session = request.getSession(true);
        return Response.ok(new SessionDto(request.getUserPrincipal().getName(), CsrfFilter.tokenOf(session))).build();
    }

    @GET
    public Response current() {
        if (request.getUserPrincipal() == null) {
            return new Problem("about:blank", "Unauthorized", 401, "Not signed in.").toResponse();
        }
        return Response.ok(new SessionDto(request.getUserPrincipal().getName(),
                CsrfFilter.tokenOf(request.getSession(true)))).build();
    }

    @DELETE
    public Response signOut() throws ServletException {
        SignOut.of(request);
        return Response.noContent().build();
    }
}
