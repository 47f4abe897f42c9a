package org.civicvoice.participation.organisation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.organisation.boundary.OrganisationAdministration;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.platform.rest.Caching;
import org.civicvoice.participation.platform.rest.TranslationDto;
import org.civicvoice.participation.shared.ReaderLanguage;

import java.util.List;

/** {@code /api/topics}: the policy areas in the reader's language; every language on {@code ?translations=all}. */
@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {

    private static final int MAX_AGE_SECONDS = 3600;

    @Inject
    Topics topics;

    @Inject
    ReaderLanguage reader;

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
        Topic created = administration.createTopic(topic.id().trim(), topic.name().trim(), topic.description(),
                topic.texts());
        return Response.status(Response.Status.CREATED).entity(TopicDto.of(created, reader.tag(), true)).build();
    }

    @GET
    public Response list(@QueryParam("translations") String translations) {
        boolean allLanguages = TranslationDto.wanted(translations);
        List<TopicDto> all = topics.all().stream().map(t -> TopicDto.of(t, reader.tag(), allLanguages)).toList();
        return Caching.cacheable(request, all, MAX_AGE_SECONDS);
    }
}
