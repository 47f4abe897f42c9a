package org.civicvoice.participation.petition.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.petition.boundary.PetitionModeration;
import org.civicvoice.participation.petition.rest.PetitionDtos.ModerationItemDto;
import org.civicvoice.participation.platform.rest.PageDto;

/**
 * {@code /api/moderation/petitions}: the moderators' queue, longest waiting first, with the days waited and the
 * urgency. The decisions are made on the petition: {@code /api/petitions/{number}/approval}, {@code .../rejection}.
 */
@Path("moderation/petitions")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    @Inject
    PetitionModeration moderation;

    @GET
    public Response queue(@QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1) {
            throw new BadRequestException("offset must be 0 or more and limit 1 or more");
        }
        PageDto<ModerationItemDto> page = PageDto.of(moderation.queue(offset, limit).map(ModerationItemDto::of));
        return Response.ok(page).header("Cache-Control", PetitionsResource.PRIVATE).build();
    }
}
