package org.civicvoice.participation.organisation.rest;

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
import org.civicvoice.participation.organisation.boundary.OrganisationAdministration;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.RegionKind;
import org.civicvoice.participation.platform.rest.Caching;
import org.civicvoice.participation.platform.rest.TranslationDto;
import org.civicvoice.participation.shared.ReaderLanguage;

import java.util.List;

/**
 * {@code /api/regions}: the region tree as a flat list, named in the reader's language; each region names its parent;
 * every language on {@code ?translations=all}.
 */
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {

    private static final int MAX_AGE_SECONDS = 3600;

    @Inject
    Regions regions;

    @Inject
    ReaderLanguage reader;

    @Context
    Request request;

    @Inject
    OrganisationAdministration administration;

    /** A platform administrator adds a region under its parent. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RegionDto region) {
        if (region == null || region.code() == null || region.name() == null || region.kind() == null) {
            throw new BadRequestException("code, name and kind are needed");
        }
        RegionKind kind;
        try {
            kind = RegionKind.valueOf(region.kind().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("kind must be one of " + java.util.Arrays.toString(RegionKind.values()));
        }
        Region created = administration.createRegion(region.code().trim(), region.name().trim(), kind,
                region.parent(), region.population(), region.texts());
        return Response.status(Response.Status.CREATED).entity(RegionDto.of(created, reader.tag(), true)).build();
    }

    @GET
    public Response list(@QueryParam("translations") String translations) {
        boolean allLanguages = TranslationDto.wanted(translations);
        List<RegionDto> all = regions.all().stream().map(r -> RegionDto.of(r, reader.tag(), allLanguages)).toList();
        return Caching.cacheable(request, all, MAX_AGE_SECONDS);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code, @QueryParam("translations") String translations) {
        return Caching.cacheable(request, RegionDto.of(regions.find(code), reader.tag(),
                TranslationDto.wanted(translations)), MAX_AGE_SECONDS);
    }
}
