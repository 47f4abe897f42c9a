package org.civicvoice.participation.petition.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.petition.boundary.PetitionTypes;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.PetitionType;
import org.civicvoice.participation.petition.rest.PetitionDtos.TypeDraftDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.TypeDto;
import org.civicvoice.participation.platform.rest.Caching;
import org.civicvoice.participation.platform.rest.TranslationDto;
import org.civicvoice.participation.shared.ReaderLanguage;

import java.util.List;

/**
 * {@code /api/bodies/{id}/petition-types}: the petition types an author may choose for a body (its own, else those
 * of the nearest body above it); platform administrators define new ones.
 */
@Path("bodies/{id}/petition-types")
@Produces(MediaType.APPLICATION_JSON)
public class PetitionTypesResource {

    private static final int MAX_AGE_SECONDS = 60;

    @Inject
    Petitions petitions;

    @Inject
    PetitionTypes types;

    @Inject
    ReaderLanguage reader;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    public Response list(@PathParam("id") String id, @QueryParam("translations") String translations) {
        boolean allLanguages = TranslationDto.wanted(translations);
        List<TypeDto> found = petitions.typesFor(slug(id)).stream()
                .map(type -> TypeDto.of(type, reader.tag(), allLanguages)).toList();
        return Caching.cacheable(request, found, MAX_AGE_SECONDS);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@PathParam("id") String id, TypeDraftDto draft) {
        if (draft == null) {
            throw new BadRequestException("a petition type is needed");
        }
        PetitionType type = types.define(slug(id), draft.toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(type.getCode()).build()).entity(TypeDto.of(type, reader.tag(), true))
                .build();
    }

    private static BodySlug slug(String id) {
        return BodySlug.parse(id).orElseThrow(() -> new UnknownBody(id));
    }
}
