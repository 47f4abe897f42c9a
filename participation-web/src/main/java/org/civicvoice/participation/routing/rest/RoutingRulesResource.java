package org.civicvoice.participation.routing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.routing.boundary.RoutingRules;
import org.civicvoice.participation.routing.entity.RuleVersion;
import org.civicvoice.participation.routing.rest.RoutingDtos.PreviewDto;
import org.civicvoice.participation.routing.rest.RoutingDtos.RuleDraftDto;
import org.civicvoice.participation.routing.rest.RoutingDtos.RuleDto;


/**
 * {@code /api/routing-rules}: the rules that decide which body answers an item. Officials read them and preview
 * where an item would go; platform administrators create, change (each change is a new version) and retire them.
 */
@Path("routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingRulesResource {

    static final String PRIVATE = "private, no-store";

    @Inject
    RoutingRules rules;

    @Context
    UriInfo uri;

    /** The rules in force, the first to apply first. */
    @GET
    public Response current() {
        return privately(rules.current().stream().map(RuleDto::of).toList());
    }

    /** Every version of a rule, the newest first. */
    @GET
    @Path("{number}/versions")
    public Response versions(@PathParam("number") long number) {
        return privately(rules.versions(number).stream().map(RuleDto::of).toList());
    }

    /** Where an item of this case type, topic and region, addressed to this body, would go now, and why. */
    @GET
    @Path("preview")
    public Response preview(@QueryParam("type") String type, @QueryParam("topic") String topic,
                            @QueryParam("region") String region, @QueryParam("body") String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequestException("body (the body the item is addressed to) is needed");
        }
        return privately(PreviewDto.of(rules.preview(RoutingDtos.caseType(type), topic, region, body.strip())));
    }

    @POST
    public Response create(RuleDraftDto draft) {
        RuleVersion created = rules.create(draft(draft).toDraft());
        return Response.created(uri.getBaseUriBuilder().path("routing-rules")
                        .path(Long.toString(created.getRuleNumber())).build())
                .entity(RuleDto.of(created)).build();
    }

    /** A new version of the rule; the one in force until now is superseded. */
    @PUT
    @Path("{number}")
    public RuleDto change(@PathParam("number") long number, RuleDraftDto draft) {
        return RuleDto.of(rules.change(number, draft(draft).toDraft()));
    }

    /** The rule stops applying; cases it routed keep their record of it. */
    @DELETE
    @Path("{number}")
    public Response retire(@PathParam("number") long number) {
        rules.retire(number);
        return Response.noContent().build();
    }

    private static RuleDraftDto draft(RuleDraftDto draft) {
        if (draft == null) {
            throw new BadRequestException("a rule (caseType, topic, region, body, priority, note) is needed");
        }
        return draft;
    }

    private static Response privately(Object entity) {
        return Response.ok(entity).header("Cache-Control", PRIVATE).build();
    }
}
