package org.civicvoice.participation.proposal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.proposal.boundary.ProposalCalls;
import org.civicvoice.participation.proposal.entity.CallDraft;
import org.civicvoice.participation.proposal.entity.ProposalCall;
import org.civicvoice.participation.proposal.entity.CallRanking;
import org.civicvoice.participation.proposal.rest.ProposalDtos.CallDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.CallRequestDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.CardDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.RankingDto;

import java.util.List;

/** {@code /api/proposal-calls}: the calls for proposals, opening one as an official, and a call's ranking. */
@Path("proposal-calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalCallsResource {

    @Inject
    ProposalCalls calls;

    @Context
    UriInfo uri;

    @GET
    public Response list() {
        List<CallDto> all = calls.all().stream().map(CallDto::of).toList();
        return Response.ok(all).header("Cache-Control", "public, max-age=" + ProposalsResource.MAX_AGE_SECONDS).build();
    }

    @POST
    public Response open(CallRequestDto form) {
        if (form == null || form.topN() == null) {
            throw new BadRequestException("a call with body, title, question, dates and topN is needed");
        }
        ProposalCall opened = calls.open(new CallDraft(form.body(), form.title(), form.question(), form.opensAt(),
                form.closesAt(), form.topN(), Boolean.TRUE.equals(form.toPetitionsCommittee())));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(opened.getId())).build())
                .entity(CallDto.of(opened)).build();
    }

    /** The call with its proposals, most supported first, and those forwarded when it closed. */
    @GET
    @Path("{id}")
    public Response ranking(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit) {
        CallRanking ranking = calls.ranking(id, limit);
        return Response.ok(new RankingDto(CallDto.of(ranking.call()), ranking.ranked().stream().map(CardDto::of).toList(),
                ranking.forwarded())).header("Cache-Control", "public, max-age=" + ProposalsResource.MAX_AGE_SECONDS)
                .build();
    }
}
