package org.civicvoice.participation.petition.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.identity.web.ClientAddress;
import org.civicvoice.participation.petition.boundary.PetitionDrafting;
import org.civicvoice.participation.petition.boundary.PetitionModeration;
import org.civicvoice.participation.petition.boundary.PetitionSigning;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.boundary.SignatureCounts;
import org.civicvoice.participation.petition.entity.AlreadySigned;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.petition.entity.PetitionDetail;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.PetitionStatus;
import org.civicvoice.participation.petition.entity.PetitionQuery;
import org.civicvoice.participation.petition.entity.PetitionSort;
import org.civicvoice.participation.petition.entity.PetitionState;
import org.civicvoice.participation.petition.entity.RejectionReason;
import org.civicvoice.participation.petition.entity.SignerDetails;
import org.civicvoice.participation.petition.entity.SigningOutcome;
import org.civicvoice.participation.petition.rest.PetitionDtos.AuthorViewDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.CardDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.CountDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.DayDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.DetailDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.DraftDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.EventDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.InvalidationDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.InvalidationRequestDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.LinksDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.MilestoneDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.OutcomeDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.RegionCountDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.RejectionDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.RejectionRequestDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.SigningDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.TypeDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.VersionDto;
import org.civicvoice.participation.platform.rest.Caching;
import org.civicvoice.participation.platform.rest.PageDto;
import org.civicvoice.participation.shared.ReaderLanguage;
import org.civicvoice.participation.platform.web.Language;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/petitions}: the public list, one petition with its timeline and counts, the hot count,
 * the author's drafting, signing, and the moderator's decisions on one petition. One instance serves all
 * requests (the request's context comes through thread-bound proxies), so a signing surge builds no resource
 * and no bean proxies per request.
 */
@ApplicationScoped
@Path("petitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PetitionsResource {

    private static final String SPONSOR_PAGE = "/petition/sponsor.xhtml?code=";

    /** Lists and pages change with every signature: browsers and proxies may keep them only briefly. */
    static final int MAX_AGE_SECONDS = 5;
    static final String PRIVATE = "private, no-store";

    @Inject
    Petitions petitions;

    @Inject
    ReaderLanguage reader;

    @Inject
    SignatureCounts counts;

    @Inject
    PetitionDrafting drafting;

    @Inject
    PetitionSigning signing;

    @Inject
    PetitionModeration moderation;

    @Context
    HttpServletRequest servletRequest;

    @Context
    Request request;

    @Context
    UriInfo uri;

    /** Published petitions, open ones unless {@code state} says otherwise, searched, filtered, ordered, in pages. */
    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("state") String state, @QueryParam("body") String body,
                         @QueryParam("topic") String topic, @QueryParam("region") String region,
                         @QueryParam("sort") String sort,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("20") int limit) {
        if (offset < 0 || limit < 1) {
            throw new BadRequestException("offset must be 0 or more and limit 1 or more");
        }
        PetitionQuery query = query(q, state, body, topic, region, sort, offset, limit);
        return readable(PageDto.of(petitions.search(query).map(CardDto::of)));
    }

    @GET
    @Path("{number}")
    public Response get(@PathParam("number") String id) {
        PetitionDetail read = petitions.detail(PetitionNumber.of(id));
        Petition petition = read.petition();
        PetitionCard card = read.card();
        String sponsorLink = read.readerIsAuthor() && petition.getState() == PetitionState.SPONSORING
                ? SPONSOR_PAGE + petition.sponsorCode() : null;
        DetailDto detail = new DetailDto(card.number(), card.title(), card.action(), petition.getBackground(),
                card.state().name(), card.bodySlug(), card.bodyName(), card.topicSlug(), card.topicName(),
                card.regionCode(), card.regionName(), card.signatures(), card.goal(),
                card.goalConsequence() == null ? null : card.goalConsequence().name(), card.goalReached(),
                card.getPercent(), card.openedAt(), card.closesAt(), petition.getClosedAt(), card.answeredAt(),
                petition.getVersion(), TypeDto.of(petition.getType(), reader.tag(), false),
                read.timeline().stream().map(EventDto::of).toList(),
                read.milestones().stream().map(MilestoneDto::of).toList(),
                read.regions().stream().map(RegionCountDto::of).toList(),
                read.days().stream().map(DayDto::of).toList(),
                RejectionDto.of(petition), sponsorLink, LinksDto.of(card.number()));
        return readable(detail);
    }

    /**
     * The hot read: the count as thousands of readers poll it. From the node's memory (refreshed at most once per
     * second), no session, cacheable for a second.
     */
    @GET
    @Path("{number}/count")
    public Response count(@PathParam("number") String id) {
        return Response.ok(CountDto.of(counts.of(PetitionNumber.of(id)))).header("Cache-Control", "public, max-age=1").build();
    }

    /** The caller's own petitions, whatever their state. */
    @GET
    @Path("mine")
    public Response mine() {
        return Response.ok(petitions.mine().stream().map(CardDto::of).toList()).header("Cache-Control", PRIVATE).build();
    }

    @POST
    public Response create(DraftDto draft) {
        if (draft == null) {
            throw new BadRequestException("a petition draft is needed");
        }
        PetitionStatus created = drafting.create(draft.toDraft());
        return Response.created(uri.getBaseUriBuilder().path("petitions").path(created.number().toString()).build())
                .entity(authorView(created)).build();
    }

    /** The author revises the draft; {@code version} is the one read, so no edit is overwritten. */
    @PUT
    @Path("{number}")
    public AuthorViewDto revise(@PathParam("number") String id, DraftDto draft) {
        if (draft == null || draft.version() == null) {
            throw new BadRequestException("a petition draft with the version read is needed");
        }
        return authorView(drafting.revise(PetitionNumber.of(id), draft.toDraft(), draft.version()));
    }

    /** The author shares the draft with sponsors; the answer carries the private sponsor link. */
    @POST
    @Path("{number}/sponsoring")
    public AuthorViewDto startSponsoring(@PathParam("number") String id) {
        return authorView(drafting.startSponsoring(PetitionNumber.of(id)));
    }

    @POST
    @Path("{number}/withdrawal")
    public AuthorViewDto withdraw(@PathParam("number") String id) {
        return authorView(drafting.withdraw(PetitionNumber.of(id)));
    }

    /**
     * Signs. Signed in: 201 SIGNED the first time, 200 ALREADY_SIGNED after. Without an account (name, e-mail,
     * region): 202 CONFIRMATION_SENT, whatever the mailbox did before, so the answer tells nothing about others.
     */
    @POST
    @Path("{number}/signatures")
    public Response sign(@PathParam("number") String id, SigningDto form) {
        PetitionNumber number = PetitionNumber.of(id);
        SigningDto signature = form == null ? new SigningDto() : form;
        String ip = ClientAddress.of(servletRequest);
        if (signedIn()) {
            SigningOutcome outcome = signing.sign(number, signature.publicName, signature.notify,
                    blankToNull(signature.sponsorCode), ip);
            return outcome == SigningOutcome.SIGNED
                    ? Response.created(uri.getAbsolutePathBuilder().path("mine").build())
                    .entity(OutcomeDto.of(outcome)).build()
                    : Response.ok(OutcomeDto.of(outcome)).build();
        }
        String language = Language.fromTag(signature.language).orElseGet(() ->
                Language.preferred(Collections.enumeration(Collections.list(servletRequest.getLocales())))).tag();
        SigningOutcome outcome;
        try {
            outcome = signing.signWithoutAccount(number, new SignerDetails(signature.name, signature.email,
                    signature.region, signature.publicName, signature.notify),
                    blankToNull(signature.sponsorCode), ip, language);
        } catch (AlreadySigned raced) {
            outcome = SigningOutcome.CONFIRMATION_SENT;
        }
        return Response.accepted(OutcomeDto.of(outcome)).build();
    }

    /** The signed-in citizen takes their signature back while the petition is open. */
    @DELETE
    @Path("{number}/signatures/mine")
    public Response withdrawSignature(@PathParam("number") String id) {
        signing.withdraw(PetitionNumber.of(id));
        return Response.noContent().build();
    }

    /** A moderator opens the petition for signatures. */
    @POST
    @Path("{number}/approval")
    public AuthorViewDto approve(@PathParam("number") String id, VersionDto version) {
        if (version == null || version.version() == null) {
            throw new BadRequestException("the version read is needed");
        }
        return authorView(moderation.approve(PetitionNumber.of(id), version.version()));
    }

    /** A moderator rejects with a reason; a duplicate names the petition it duplicates. */
    @POST
    @Path("{number}/rejection")
    public AuthorViewDto reject(@PathParam("number") String id, RejectionRequestDto rejection) {
        if (rejection == null || rejection.version() == null || rejection.reason() == null) {
            throw new BadRequestException("the version read and a reason are needed");
        }
        RejectionReason reason;
        try {
            reason = RejectionReason.valueOf(rejection.reason().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("reason must be one of " + Arrays.toString(RejectionReason.values()));
        }
        return authorView(moderation.reject(PetitionNumber.of(id), rejection.version(), reason, rejection.note(),
                rejection.duplicateOf() == null ? null : PetitionNumber.of(rejection.duplicateOf().toString())));
    }

    /** A moderator invalidates signatures by pattern; the answer says how many. */
    @POST
    @Path("{number}/invalidations")
    public Response invalidate(@PathParam("number") String id, InvalidationRequestDto pattern) {
        if (pattern == null) {
            throw new BadRequestException("a pattern (ip, domain, from, until) and a reason are needed");
        }
        InvalidationDto done = InvalidationDto.of(moderation.invalidate(PetitionNumber.of(id), pattern.toPattern()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(done.id())).build()).entity(done).build();
    }

    @GET
    @Path("{number}/invalidations")
    public Response invalidations(@PathParam("number") String id) {
        List<InvalidationDto> done = moderation.invalidations(PetitionNumber.of(id)).stream()
                .map(InvalidationDto::of).toList();
        return Response.ok(done).header("Cache-Control", PRIVATE).build();
    }

    /** What the step left, from the step's own transaction: no second read of the petition. */
    private static AuthorViewDto authorView(PetitionStatus status) {
        long number = status.number().value();
        return new AuthorViewDto(number, status.state().name(), status.version(),
                status.sponsorCode() == null ? null : SPONSOR_PAGE + status.sponsorCode(),
                LinksDto.of(number));
    }

    /** Public reads are cacheable for anonymous callers; a signed-in caller may see more, so theirs are private. */
    private Response readable(Object entity) {
        if (signedIn()) {
            return Response.ok(entity).header("Cache-Control", PRIVATE).build();
        }
        return Caching.cacheable(request, entity, MAX_AGE_SECONDS);
    }

    private boolean signedIn() {
        return servletRequest.getUserPrincipal() != null;
    }

    static PetitionQuery query(String q, String state, String body, String topic, String region, String sort,
                               int offset, int limit) {
        return new PetitionQuery(Optional.ofNullable(q), parse(PetitionState.class, state, "state"),
                Optional.ofNullable(body), Optional.ofNullable(topic), Optional.ofNullable(region),
                parse(PetitionSort.class, sort, "sort").orElse(PetitionSort.MOST_SIGNED), offset, limit);
    }

    /** {@code most-signed} → {@code MOST_SIGNED}; anything unknown is a bad request naming the choices. */
    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value, String name) {
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
