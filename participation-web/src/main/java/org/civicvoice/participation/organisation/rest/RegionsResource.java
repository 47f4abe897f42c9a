package org.civicvoice.participation.organisation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.platform.rest.Caching;

import java.util.List;

/** {@code /api/regions}: the region tree as a flat list; each region names its parent. */
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {

    private static final int MAX_AGE_SECONDS = 3600;

    @Inject
    Regions regions;

    @Context
    Request request;

    @GET
    public Response list() {
        List<RegionDto> all = regions.all().stream().map(RegionDto::of).toList();
        return Caching.cacheable(request, all, MAX_AGE_SECONDS);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        return Caching.cacheable(request, RegionDto.of(regions.find(code)), MAX_AGE_SECONDS);
    }
}
