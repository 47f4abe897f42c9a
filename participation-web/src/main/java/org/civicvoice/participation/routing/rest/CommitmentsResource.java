package org.civicvoice.participation.routing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.routing.boundary.CaseWork;
import org.civicvoice.participation.routing.entity.CommitmentState;
import org.civicvoice.participation.routing.entity.UnknownCase;
import org.civicvoice.participation.routing.rest.CaseDtos.SettlementDto;

/**
 * {@code /api/commitments/{id}/settlement}: the body owning a commitment (or the answering body) marks it
 * {@code DONE} or {@code DROPPED}, in public. While the case is still open, settling withdraws the draft commitment.
 */
@Path("commitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitmentsResource {

    @Inject
    CaseWork work;

    /** Takes a commitment out of an answer still being written. */
    @DELETE
    @Path("{id}")
    public Response withdraw(@PathParam("id") String id) {
        work.withdrawCommitment(id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/settlement")
    public Response settle(@PathParam("id") String id, SettlementDto settlement) {
        long commitment = id(id);
        CommitmentState state = CasesResource.parse(CommitmentState.class,
                settlement == null ? null : settlement.state(), "state");
        if (state == null || state == CommitmentState.OPEN) {
            throw new BadRequestException("state must be DONE or DROPPED");
        }
        work.settle(commitment, state);
        return Response.noContent().build();
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new UnknownCase("commitment " + id);
        }
    }
}
