package org.civicvoice.participation.routing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.platform.rest.Caching;
import org.civicvoice.participation.routing.boundary.Transparency;
import org.civicvoice.participation.routing.rest.RoutingDtos.TransparencyDto;

/**
 * {@code /api/transparency}: how the bodies answer, as open data: the platform's total and one entry per body
 * that received a case. Public, and cacheable for a minute.
 */
@Path("transparency")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {

    static final int MAX_AGE_SECONDS = 60;

    @Inject
    Transparency transparency;

    @Context
    Request request;

    @GET
    public Response figures() {
        return Caching.cacheable(request, TransparencyDto.of(transparency.figures()), MAX_AGE_SECONDS);
    }
}
