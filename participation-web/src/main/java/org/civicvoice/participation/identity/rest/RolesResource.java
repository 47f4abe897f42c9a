package org.civicvoice.participation.identity.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.identity.boundary.PlatformAdministration;
import org.civicvoice.participation.identity.entity.PlatformRole;

import java.util.Locale;

/** {@code /api/roles/{role}/members/{account}}: platform administrators grant and revoke platform roles. */
@Path("roles/{role}/members/{account}")
public class RolesResource {

    @Inject
    PlatformAdministration administration;

    @PUT
    public Response grant(@PathParam("role") String role, @PathParam("account") String account) {
        administration.grant(AccountKeys.parse(account), platformRole(role));
        return Response.noContent().build();
    }

    @DELETE
    public Response revoke(@PathParam("role") String role, @PathParam("account") String account) {
        administration.revoke(AccountKeys.parse(account), platformRole(role));
        return Response.noContent().build();
    }

    private static PlatformRole platformRole(String role) {
        try {
            return PlatformRole.valueOf(String.valueOf(role).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("role must be MODERATOR or PLATFORM_ADMIN");
        }
    }
}
