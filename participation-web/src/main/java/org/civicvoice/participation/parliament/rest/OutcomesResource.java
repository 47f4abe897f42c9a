package org.civicvoice.participation.parliament.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.parliament.boundary.PetitionsCommittee;
import org.civicvoice.participation.parliament.entity.HearingOutcome;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;

import java.util.Locale;

/** {@code /api/cases/{n}/outcome}: the petitions committee records its outcome on a petition it reviewed. */
@Path("cases/{number}/outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomesResource {

    /** The committee's outcome; {@code referredTo} names the ministry for {@code REFERRED_TO_MINISTRY}. */
    public record OutcomeDraftDto(String outcome, String summary, String link, String referredTo) {
    }

    @Inject
    PetitionsCommittee committee;

    /** A referral opens a response case at the ministry. */
    @POST
    public Response record(@PathParam("number") String number, OutcomeDraftDto draft) {
        CaseNumber n = CaseNumber.of(number);
        if (draft == null) {
            throw new InvalidCaseInput("outcome");
        }
        HearingOutcome outcome;
        try {
            outcome = draft.outcome() == null ? null
                    : HearingOutcome.valueOf(draft.outcome().strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseInput("outcome");
        }
        BodySlug referredTo = draft.referredTo() == null || draft.referredTo().isBlank() ? null
                : BodySlug.parse(draft.referredTo().strip()).orElseThrow(() -> new InvalidCaseInput("outcome.referredTo"));
        committee.recordOutcome(n, outcome, draft.summary(), draft.link(), referredTo);
        return Response.noContent().build();
    }
}
