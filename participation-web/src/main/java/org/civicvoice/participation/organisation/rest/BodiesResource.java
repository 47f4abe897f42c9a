package org.civicvoice.participation.organisation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.OrganisationAdministration;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyFilter;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.platform.rest.Caching;
import org.civicvoice.participation.platform.rest.PageDto;
import org.civicvoice.participation.platform.rest.TranslationDto;
import org.civicvoice.participation.shared.ReaderLanguage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/bodies}: the directory of government bodies as open data, in the reader's language
 * ({@code ?lang=} or {@code Accept-Language}), with every language's texts on {@code ?translations=all}.
 */
@Path("bodies")
@Produces(MediaType.APPLICATION_JSON)
public class BodiesResource {

    private static final int MAX_AGE_SECONDS = 300;

    @Inject
    GovernmentBodies bodies;

    @Inject
    OrganisationAdministration administration;

    @Inject
    ReaderLanguage reader;

    @Context
    Request request;

    @Context
    UriInfo uri;

    /** Bodies by name, filtered by {@code kind}, {@code topic}, {@code parent} and {@code region}, in pages. */
    @GET
    public Response list(@QueryParam("kind") String kind, @QueryParam("topic") String topic,
                         @QueryParam("parent") String parent, @QueryParam("region") String region,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("50") int limit,
                         @QueryParam("translations") String translations) {
        if (offset < 0 || limit < 1) {
            throw new BadRequestException("offset must be 0 or more and limit 1 or more");
        }
        BodyFilter filter = new BodyFilter(kind(kind), blankToEmpty(topic),
                blankToEmpty(parent).map(p -> BodySlug.parse(p).orElseThrow(() -> new UnknownBody(p))),
                blankToEmpty(region));
        PageDto<BodyDto> page = PageDto.of(bodies.list(filter, offset, limit).map(b -> BodyDto.of(b, reader.tag(), TranslationDto.wanted(translations))));
        return Caching.cacheable(request, page, MAX_AGE_SECONDS);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @QueryParam("translations") String translations) {
        BodySlug slug = BodySlug.parse(id).orElseThrow(() -> new UnknownBody(id));
        Body body = bodies.find(slug);
        return Caching.cacheable(request, BodyDetailDto.of(body, bodies.subBodies(slug), reader.tag(),
                TranslationDto.wanted(translations)), MAX_AGE_SECONDS);
    }

    /** A platform administrator adds a body. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(BodyDraftDto draft) {
        if (draft == null) {
            throw new BadRequestException("a body is needed");
        }
        Body body = administration.createBody(draft.toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(body.getSlug()).build())
                .entity(BodyDto.of(body, reader.tag(), true)).build();
    }

    /** A platform administrator changes a body; {@code version} is the one read, so no edit is overwritten. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BodyDto update(@PathParam("id") String id, @QueryParam("version") Long version, BodyDraftDto draft) {
        if (draft == null || version == null) {
            throw new BadRequestException("a body and ?version= of the body read are needed");
        }
        BodySlug slug = BodySlug.parse(id).orElseThrow(() -> new UnknownBody(id));
        return BodyDto.of(administration.updateBody(slug, draft.toDraft(), version), reader.tag(), true);
    }

    private static Optional<BodyKind> kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BodyKind.valueOf(kind.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("kind must be one of " + Arrays.toString(BodyKind.values()));
        }
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
