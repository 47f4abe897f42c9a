package org.civicvoice.participation.routing.rest;

import org.civicvoice.participation.routing.boundary.CaseTypes;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.routing.boundary.RoutingRules;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.DeadlineSetting;

import java.util.List;

/**
 * {@code /api/deadlines}: working days per case type, for every body ({@code PUT /api/deadlines/PROPOSAL}) or for
 * one body ({@code PUT /api/deadlines/PROPOSAL/capital-city}, {@code DELETE} to fall back). Officials read them;
 * platform administrators set them.
 */
@Path("deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

    @Inject
    CaseTypes caseTypes;

    @Inject
    RoutingRules rules;

    @GET
    public Response list() {
        List<DeadlineDto> deadlines = rules.deadlines().stream().map(DeadlineDto::of).toList();
        return Response.ok(deadlines).header("Cache-Control", RoutingRulesResource.PRIVATE).build();
    }

    @PUT
    @Path("{type}")
    public DeadlineDto setForEveryBody(@PathParam("type") String type, DaysDto days) {
        return set(type, null, days);
    }

    @PUT
    @Path("{type}/{body}")
    public DeadlineDto setForBody(@PathParam("type") String type, @PathParam("body") String body, DaysDto days) {
        return set(type, body, days);
    }

    @DELETE
    @Path("{type}/{body}")
    public Response remove(@PathParam("type") String type, @PathParam("body") String body) {
        rules.removeDeadline(type(type), body);
        return Response.noContent().build();
    }

    private DeadlineDto set(String type, String body, DaysDto days) {
        if (days == null) {
            throw new BadRequestException("workingDays, reminderDays and escalationDays are needed");
        }
        return DeadlineDto.of(rules.setDeadline(new DeadlineSetting(type(type), body, days.workingDays(),
                days.reminderDays(), days.escalationDays())));
    }

    private CaseType type(String type) {
        CaseType parsed = caseTypes.parse(type);
        if (parsed == null) {
            throw new BadRequestException("unknown case type: " + type);
        }
        return parsed;
    }

    public record DaysDto(int workingDays, int reminderDays, int escalationDays) {
    }

    public record DeadlineDto(String type, String body, int workingDays, int reminderDays, int escalationDays) {
        static DeadlineDto of(DeadlineSetting setting) {
            return new DeadlineDto(setting.type().name(), setting.bodySlug(), setting.workingDays(),
                    setting.reminderDays(), setting.escalationDays());
        }
    }
}
