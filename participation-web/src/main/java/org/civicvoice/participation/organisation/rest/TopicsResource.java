package org.civicvoice.participation.organisation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.platform.rest.Caching;

import java.util.List;

/** {@code /api/topics}: the policy areas. */
@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {

    private static final int MAX_AGE_SECONDS = 3600;

    @Inject
    Topics topics;

    @Context
    Request request;

    @GET
    public Response list() {
        List<TopicDto> all = topics.all().stream().map(TopicDto::of).toList();
        return Caching.cacheable(request, all, MAX_AGE_SECONDS);
    }
}
