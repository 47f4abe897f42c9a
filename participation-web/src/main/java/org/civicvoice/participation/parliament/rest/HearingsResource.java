package org.civicvoice.participation.parliament.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.parliament.boundary.PetitionsCommittee;
import org.civicvoice.participation.parliament.entity.Hearing;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code /api/cases/{n}/hearings}: the petitions committee's hearings on a petition it reviews. */
@Path("cases/{number}/hearings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HearingsResource {

    /** One hearing: when, where, and the stream's address. */
    public record HearingDto(long id, Instant at, String place, String streamUrl) {

        static HearingDto of(Hearing hearing) {
            return new HearingDto(hearing.getId(), hearing.getScheduledAt(), hearing.getPlace(), hearing.getStreamUrl());
        }
    }

    /** When (an ISO instant), where, and a stream link; a place or a link is needed. */
    public record HearingDraftDto(String at, String place, String streamUrl) {
    }

    @Inject
    PetitionsCommittee committee;

    @Context
    UriInfo uri;

    @GET
    public List<HearingDto> hearings(@PathParam("number") String number) {
        return committee.hearings(CaseNumber.of(number)).stream().map(HearingDto::of).toList();
    }

    /** The committee schedules a hearing: when (an ISO instant), where, and a stream link. */
    @POST
    public Response schedule(@PathParam("number") String number, HearingDraftDto draft) {
        CaseNumber n = CaseNumber.of(number);
        if (draft == null) {
            throw new InvalidCaseInput("hearing.when");
        }
        Hearing hearing = committee.scheduleHearing(n, instant(draft.at()), draft.place(), draft.streamUrl());
        return Response.created(uri.getBaseUriBuilder().path("cases").path(n.toString()).path("hearings").build())
                .entity(HearingDto.of(hearing)).build();
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCaseInput("hearing.when");
        }
    }
}
