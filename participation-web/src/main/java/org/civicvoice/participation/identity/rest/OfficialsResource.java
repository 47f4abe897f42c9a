package org.civicvoice.participation.identity.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.identity.rest.IdentityDtos.InvitationDto;
import org.civicvoice.participation.identity.rest.IdentityDtos.OfficialDto;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.UnknownBody;

import java.util.List;
import java.util.Locale;

/** {@code /api/bodies/{id}/officials}: the officials of a body; posting invites one by e-mail. */
@Path("bodies/{id}/officials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficialsResource {

    @Inject
    Officials officials;

    @PathParam("id")
    String body;

    @GET
    public List<OfficialDto> officials() {
        return officials.of(slug(body)).stream()
                .map(m -> new OfficialDto(m.getAccount().getKey(), m.getAccount().getDisplayName(), m.getPosition(),
                        m.getRole().name()))
                .toList();
    }

    /** Invites someone; the invitation becomes a membership when the invitee accepts it. */
    @POST
    public Response invite(InvitationDto invitation) {
        if (invitation == null) {
            throw new BadRequestException("an invitation is needed");
        }
        officials.invite(slug(body), invitation.email(), invitation.position(), role(invitation.role()));
        return Response.accepted().build();
    }

    @DELETE
    @Path("{account}")
    public Response remove(@PathParam("account") String account) {
        officials.remove(slug(body), AccountKeys.parse(account));
        return Response.noContent().build();
    }

    private static BodySlug slug(String body) {
        return BodySlug.parse(body).orElseThrow(() -> new UnknownBody(body));
    }

    private static BodyRole role(String role) {
        try {
            return BodyRole.valueOf(String.valueOf(role).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("role must be one of OFFICIAL, APPROVER, BODY_ADMIN");
        }
    }
}
