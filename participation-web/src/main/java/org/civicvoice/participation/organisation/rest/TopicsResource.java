package org.civicvoice.participation.organisation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.organisation.boundary.OrganisationAdministration;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.entity.Topic;
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

    @Inject
    OrganisationAdministration administration;

    /** A platform administrator adds a policy area. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TopicDto topic) {
        if (topic == null || topic.id() == null || topic.name() == null || topic.name().isBlank()) {
            throw new BadRequestException("id and name are needed");
        }
        Topic created = administration.createTopic(topic.id().trim(), topic.name().trim(), topic.description());
        return Response.status(Response.Status.CREATED).entity(TopicDto.of(created)).build();
    }

    @GET
    public Response list() {
        List<TopicDto> all = topics.all().stream().map(TopicDto::of).toList();
        return Caching.cacheable(request, all, MAX_AGE_SECONDS);
    }
}
