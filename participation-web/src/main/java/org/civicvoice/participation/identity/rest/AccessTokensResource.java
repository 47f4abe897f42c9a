package org.civicvoice.participation.identity.rest;

import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.identity.web.ClientAddress;
import org.civicvoice.participation.identity.web.PlatformAuthentication;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.identity.boundary.AccessTokens;
import org.civicvoice.participation.identity.boundary.IssuedAccessToken;
import org.civicvoice.participation.identity.rest.IdentityDtos.AccessTokenDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.AccessTokenRequestDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.IssuedAccessTokenDto;
import org.civicvoice.participation.platform.rest.Problem;

import java.time.Duration;
import java.util.List;

/**
 * {@code /api/accounts/me/tokens}: the caller's personal API access tokens. A program sends one as
 * {@code Authorization: Bearer <token>}; such calls need no session and no CSRF token.
 */
@Path("accounts/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessTokensResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    @Inject
    AccessTokens accessTokens;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @POST
    public Response issue(AccessTokenRequestDto request) {
        if (request == null || request.days() == null) {
            return new Problem("about:blank", "Bad Request", 400, "label and days are needed").toResponse();
        }
        IssuedAccessToken issued = accessTokens.issue(request.label(), Duration.ofDays(request.days()),
                request.currentPassword(), PlatformAuthentication.bearerToken(servletRequest),
                ClientAddress.of(servletRequest));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.token().getId())).build())
                .entity(IssuedAccessTokenDto.of(issued))
                .cacheControl(NO_STORE)
                .build();
    }

    @GET
    public Response list() {
        List<AccessTokenDto> tokens = accessTokens.list().stream().map(AccessTokenDto::of).toList();
        return Response.ok(tokens).cacheControl(NO_STORE).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        accessTokens.revoke(id);
        return Response.noContent().build();
    }
}
