package org.civicvoice.participation.proposal.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.platform.rest.Caching;
import org.civicvoice.participation.platform.rest.PageDto;
import org.civicvoice.participation.platform.web.Language;
import org.civicvoice.participation.proposal.boundary.ProposalComments;
import org.civicvoice.participation.proposal.boundary.ProposalDrafting;
import org.civicvoice.participation.proposal.boundary.ProposalModeration;
import org.civicvoice.participation.proposal.boundary.ProposalSupporting;
import org.civicvoice.participation.proposal.boundary.Proposals;
import org.civicvoice.participation.proposal.entity.CommentHiding;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.proposal.entity.ProposalCard;
import org.civicvoice.participation.proposal.entity.ProposalDetail;
import org.civicvoice.participation.proposal.entity.ProposalDraft;
import org.civicvoice.participation.proposal.entity.ProposalKind;
import org.civicvoice.participation.proposal.entity.ProposalNumber;
import org.civicvoice.participation.proposal.entity.ProposalQuery;
import org.civicvoice.participation.proposal.entity.ProposalRejection;
import org.civicvoice.participation.proposal.entity.ProposalSort;
import org.civicvoice.participation.proposal.entity.ProposalState;
import org.civicvoice.participation.proposal.entity.ProposalText;
import org.civicvoice.participation.proposal.rest.ProposalDtos.AnswerDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.AuthorViewDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.CardDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.CommentDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.CommentRequestDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.DetailDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.DraftDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.EventDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.FollowDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.HidingDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.LinksDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.ModerationDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.RejectionRequestDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.SupportDto;
import org.civicvoice.participation.proposal.rest.ProposalDtos.VersionDto;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/proposals}: the public list, one proposal with its timeline and answers, the author's drafting,
 * supporting and withdrawing, comments, and the moderators' decisions.
 */
@ApplicationScoped
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    /** Lists and pages change with every support: browsers and proxies may keep them only briefly. */
    static final int MAX_AGE_SECONDS = 5;
    static final String PRIVATE = "private, no-store";

    @Inject
    Proposals proposals;

    @Inject
    ProposalDrafting drafting;

    @Inject
    ProposalModeration moderation;

    @Inject
    ProposalSupporting supporting;

    @Inject
    ProposalComments comments;

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("state") String state, @QueryParam("body") String body,
                         @QueryParam("topic") String topic, @QueryParam("region") String region,
                         @QueryParam("call") Long call, @QueryParam("sort") String sort,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("20") int limit) {
        if (offset < 0 || limit < 1) {
            throw new BadRequestException("offset must be 0 or more and limit 1 or more");
        }
        return readable(PageDto.of(proposals.search(query(q, state, body, topic, region, call, sort, offset, limit))
                .map(CardDto::of)));
    }

    @GET
    @Path("{number}")
    public Response get(@PathParam("number") String id) {
        ProposalDetail read = proposals.detail(ProposalNumber.of(id));
        Proposal p = read.proposal();
        ProposalCard card = read.card();
        boolean textShown = card.title() != null;
        Locale locale = locale();
        DetailDto detail = new DetailDto(card.number(), card.title(), card.kind().name(),
                textShown ? p.getChange() : null, textShown ? p.getReason() : null, p.getLanguage(),
                card.state().name(), card.bodySlug(), card.bodyName(), card.topicSlug(), card.topicName(),
                card.regionCode(), card.regionName(), card.callId(), card.onBehalfOf(), card.supports(),
                p.getCreatedAt(), p.getPublishedAt(), p.getAnsweredAt(),
                p.getRejectionReason() == null ? null : p.getRejectionReason().name(),
                textShown ? p.getRejectionNote() : null, p.getVersion(), read.readerSupports(), read.readerFollows(),
                read.timeline().stream().map(e -> EventDto.of(e, locale)).toList(),
                read.answers().stream().map(AnswerDto::of).toList(),
                LinksDto.of(card.number()));
        return readable(detail);
    }

    @GET
    @Path("mine")
    public Response mine() {
        return Response.ok(proposals.mine().stream().map(CardDto::of).toList()).header("Cache-Control", PRIVATE).build();
    }

    @GET
    @Path("moderation")
    public Response moderationQueue(@QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        return Response.ok(PageDto.of(moderation.queue(offset, limit).map(ModerationDto::of)))
                .header("Cache-Control", PRIVATE).build();
    }

    @POST
    public Response create(DraftDto draft) {
        ProposalNumber number = drafting.save(toDraft(draft));
        return Response.created(uri.getBaseUriBuilder().path("proposals").path(number.toString()).build())
                .entity(authorView(number)).build();
    }

    @PUT
    @Path("{number}")
    public AuthorViewDto revise(@PathParam("number") String id, DraftDto draft) {
        if (draft == null || draft.version() == null) {
            throw new BadRequestException("a proposal draft with the version read is needed");
        }
        ProposalNumber number = ProposalNumber.of(id);
        drafting.revise(number, toDraft(draft), draft.version());
        return authorView(number);
    }

    @POST
    @Path("{number}/submission")
    public AuthorViewDto submit(@PathParam("number") String id) {
        ProposalNumber number = ProposalNumber.of(id);
        drafting.submit(number);
        return authorView(number);
    }

    @POST
    @Path("{number}/publication")
    public AuthorViewDto publish(@PathParam("number") String id, VersionDto version) {
        if (version == null || version.version() == null) {
            throw new BadRequestException("the version read is needed");
        }
        ProposalNumber number = ProposalNumber.of(id);
        moderation.publish(number, version.version());
        return authorView(number);
    }

    @POST
    @Path("{number}/rejection")
    public AuthorViewDto reject(@PathParam("number") String id, RejectionRequestDto rejection) {
        if (rejection == null || rejection.version() == null || rejection.reason() == null) {
            throw new BadRequestException("the version read and a reason are needed");
        }
        ProposalNumber number = ProposalNumber.of(id);
        moderation.reject(number, rejection.version(), parse(ProposalRejection.class, rejection.reason(), "reason")
                .orElseThrow(), rejection.note());
        return authorView(number);
    }

    /** Supports the proposal: 201 with the support's address; a second time 409 {@code proposal.support.already}. */
    @POST
    @Path("{number}/supports")
    public Response support(@PathParam("number") String id, SupportDto form) {
        ProposalNumber number = ProposalNumber.of(id);
        supporting.support(number, form != null && Boolean.TRUE.equals(form.follow()));
        return Response.created(uri.getBaseUriBuilder().path("proposals").path(number.toString()).path("supports")
                .path("mine").build()).build();
    }

    /** Withdraws the caller's support: 204, also when there was none to withdraw. */
    @DELETE
    @Path("{number}/supports/mine")
    public Response withdraw(@PathParam("number") String id) {
        supporting.withdraw(ProposalNumber.of(id));
        return Response.noContent().build();
    }

    @PUT
    @Path("{number}/following")
    public Response follow(@PathParam("number") String id, FollowDto form) {
        supporting.follow(ProposalNumber.of(id), form != null && Boolean.TRUE.equals(form.follow()));
        return Response.noContent().build();
    }

    @GET
    @Path("{number}/comments")
    public Response comments(@PathParam("number") String id) {
        return readable(comments.of(ProposalNumber.of(id)).stream().map(CommentDto::of).toList());
    }

    @POST
    @Path("{number}/comments")
    public Response comment(@PathParam("number") String id, CommentRequestDto form) {
        if (form == null) {
            throw new BadRequestException("a comment text is needed");
        }
        long comment = comments.comment(ProposalNumber.of(id), form.replyTo(), form.text());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(comment)).build()).build();
    }

    @POST
    @Path("{number}/comments/{comment}/hiding")
    public Response hide(@PathParam("number") String id, @PathParam("comment") long comment, HidingDto form) {
        if (form == null || form.reason() == null) {
            throw new BadRequestException("a reason is needed");
        }
        moderation.hideComment(ProposalNumber.of(id), comment, parse(CommentHiding.class, form.reason(), "reason")
                .orElseThrow());
        return Response.noContent().build();
    }

    private AuthorViewDto authorView(ProposalNumber number) {
        Proposal proposal = proposals.find(number);
        return new AuthorViewDto(proposal.getId(), proposal.getState().name(), proposal.getVersion(),
                LinksDto.of(proposal.getId()));
    }

    private Locale locale() {
        return Language.preferred(Collections.enumeration(headers.getAcceptableLanguages())).locale();
    }

    private Response readable(Object entity) {
        if (servletRequest.getUserPrincipal() != null) {
            return Response.ok(entity).header("Cache-Control", PRIVATE).build();
        }
        return Caching.cacheable(request, entity, MAX_AGE_SECONDS);
    }

    static ProposalDraft toDraft(DraftDto draft) {
        if (draft == null) {
            throw new BadRequestException("a proposal draft is needed");
        }
        ProposalKind kind = parse(ProposalKind.class, draft.kind(), "kind").orElse(null);
        return new ProposalDraft(new ProposalText(draft.title(), kind, draft.change(), draft.reason(),
                draft.onBehalfOf()), draft.topic(), draft.region(), draft.body(), draft.call());
    }

    static ProposalQuery query(String q, String state, String body, String topic, String region, Long call,
                               String sort, int offset, int limit) {
        return new ProposalQuery(Optional.ofNullable(q), parse(ProposalState.class, state, "state"),
                Optional.ofNullable(body), Optional.ofNullable(topic), Optional.ofNullable(region),
                Optional.ofNullable(call), parse(ProposalSort.class, sort, "sort").orElse(ProposalSort.MOST_SUPPORTED),
                offset, limit);
    }

    /** {@code most-supported} → {@code MOST_SUPPORTED}; anything unknown is a bad request naming the choices. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().replace('-', '_').toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        }
    }
}
