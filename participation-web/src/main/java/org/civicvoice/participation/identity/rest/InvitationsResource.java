package org.civicvoice.participation.identity.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.boundary.PlatformAdministration;
import org.civicvoice.participation.identity.rest.IdentityDtos.AcceptanceDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.EmailDto;

/** {@code /api/invitations}: accepting an invitation; inviting a platform administrator. */
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    Officials officials;

    @Inject
    PlatformAdministration administration;

    @POST
    @Path("acceptance")
    public Response accept(AcceptanceDto acceptance) {
        if (acceptance == null) {
            throw new BadRequestException("a token is needed");
        }
        officials.acceptInvitation(acceptance.token(), acceptance.password(), acceptance.displayName());
        return Response.noContent().build();
    }

    @POST
    @Path("administrators")
    public Response inviteAdministrator(EmailDto email) {
        administration.inviteAdministrator(email == null ? null : email.email());
        return Response.accepted().build();
    }
}
