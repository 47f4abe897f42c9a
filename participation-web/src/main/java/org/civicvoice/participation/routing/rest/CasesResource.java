package org.civicvoice.participation.routing.rest;

import org.civicvoice.participation.routing.boundary.CaseTypes;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.identity.entity.AccountKey;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.platform.rest.PageDto;
import org.civicvoice.participation.routing.boundary.CaseWork;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.CaseQuery;
import org.civicvoice.participation.routing.entity.CaseState;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.Commitment;
import org.civicvoice.participation.routing.entity.DueFilter;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;
import org.civicvoice.participation.routing.rest.CaseDtos.AnswerDraftDto;
import org.civicvoice.participation.routing.rest.CaseDtos.AssignmentDto;
import org.civicvoice.participation.routing.rest.CaseDtos.CaseCardDto;
import org.civicvoice.participation.routing.rest.CaseDtos.CaseFileDto;
import org.civicvoice.participation.routing.rest.CaseDtos.CommitmentDraftDto;
import org.civicvoice.participation.routing.rest.CaseDtos.CommitmentDto;
import org.civicvoice.participation.routing.rest.CaseDtos.CountsDto;
import org.civicvoice.participation.routing.rest.CaseDtos.NoteDto;
import org.civicvoice.participation.routing.rest.CaseDtos.ReturnDto;
import org.civicvoice.participation.routing.rest.CaseDtos.TransferDto;
import org.civicvoice.participation.shared.ReaderLanguage;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code /api/cases}: the officials' side of routing. A body's work queue and its counts, the case file with its
 * history (internal notes included), and every step of the work: claiming, assigning, transferring, notes, the
 * answer under four eyes, commitments and closing (the petitions committee's hearings and outcomes are parliament's). Each call
 * is one use case of a boundary, which checks that the caller acts in the case's body (or the body overseeing it).
 * Steps answer 204; what they create answers 201 with the case file as its location.
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    static final String PRIVATE = "private, no-store";

    @Inject
    CaseTypes caseTypes;

    @Inject
    CaseWork work;

    @Inject
    ReaderLanguage reader;

    @Context
    UriInfo uri;

    /**
     * One page of the body's queue, the most urgent first: open cases unless {@code state} names one,
     * {@code due} one of {@code any}, {@code due-soon}, {@code overdue}, {@code mine=true} only the caller's.
     */
    @GET
    public Response queue(@QueryParam("body") String body, @QueryParam("state") String state,
                          @QueryParam("type") String type, @QueryParam("due") String due,
                          @QueryParam("mine") String mine,
                          @QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1) {
            throw new BadRequestException("offset must be 0 or more and limit 1 or more");
        }
        CaseQuery query = new CaseQuery(requiredBody(body), parse(CaseState.class, state, "state"),
                caseType(type), parse(DueFilter.class, due, "due"), flag(mine, "mine"),
                offset, limit);
        PageDto<CaseCardDto> page = PageDto.of(work.queue(query).map(c -> CaseCardDto.of(c, reader.tag())));
        return Response.ok(page).header("Cache-Control", PRIVATE).build();
    }

    /** How many of the body's cases are in each state, and how many open ones are overdue. */
    @GET
    @Path("counts")
    public Response counts(@QueryParam("body") String body) {
        BodySlug slug = requiredBody(body);
        return Response.ok(CountsDto.of(slug.value(), work.counts(slug))).header("Cache-Control", PRIVATE).build();
    }

    @GET
    @Path("{number}")
    public Response file(@PathParam("number") String number) {
        return Response.ok(CaseFileDto.of(work.file(CaseNumber.of(number)), reader.tag())).header("Cache-Control", PRIVATE).build();
    }

    /** The caller takes the case from the queue. */
    @POST
    @Path("{number}/claim")
    public Response claim(@PathParam("number") String number) {
        work.claim(CaseNumber.of(number));
        return Response.noContent().build();
    }

    /** A body administrator gives the case to an official of the body. */
    @POST
    @Path("{number}/assignment")
    public Response assign(@PathParam("number") String number, AssignmentDto assignment) {
        CaseNumber n = CaseNumber.of(number);
        if (assignment == null || assignment.official() == null) {
            throw new InvalidCaseInput("assignee");
        }
        AccountKey official;
        try {
            official = new AccountKey(assignment.official());
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseInput("assignee");
        }
        work.assign(n, official);
        return Response.noContent().build();
    }

    /** Hands the case to another body, with a reason the public timeline shows. */
    @POST
    @Path("{number}/transfer")
    public Response transfer(@PathParam("number") String number, TransferDto transfer) {
        CaseNumber n = CaseNumber.of(number);
        if (transfer == null || transfer.body() == null || transfer.body().isBlank()) {
            throw new InvalidCaseInput("target");
        }
        work.transfer(n, slug(transfer.body().strip()), transfer.reason());
        return Response.noContent().build();
    }

    /** An internal note, never shown to the public. */
    @POST
    @Path("{number}/notes")
    public Response note(@PathParam("number") String number, NoteDto note) {
        work.note(CaseNumber.of(number), note == null ? null : note.text());
        return Response.noContent().build();
    }

    /** Writes the draft answer; {@code version} is the answer version read, null for the first draft. */
    @PUT
    @Path("{number}/answer")
    public Response draftAnswer(@PathParam("number") String number, AnswerDraftDto draft) {
        work.draftAnswer(CaseNumber.of(number), draft == null ? null : draft.text(),
                draft == null ? null : draft.version());
        return Response.noContent().build();
    }

    /** Sends the draft to a second official for approval. */
    @POST
    @Path("{number}/answer/submission")
    public Response submitAnswer(@PathParam("number") String number) {
        work.submitAnswer(CaseNumber.of(number));
        return Response.noContent().build();
    }

    /** A second official with approving rights publishes the answer. */
    @POST
    @Path("{number}/answer/approval")
    public Response approveAnswer(@PathParam("number") String number) {
        work.approveAnswer(CaseNumber.of(number));
        return Response.noContent().build();
    }

    /** The approver sends the answer back with a note. */
    @POST
    @Path("{number}/answer/return")
    public Response returnAnswer(@PathParam("number") String number, ReturnDto returned) {
        work.returnAnswer(CaseNumber.of(number), returned == null ? null : returned.note());
        return Response.noContent().build();
    }

    /** A commitment the answer makes: an action, the body that owns it, a date. */
    @POST
    @Path("{number}/commitments")
    public Response commit(@PathParam("number") String number, CommitmentDraftDto draft) {
        CaseNumber n = CaseNumber.of(number);
        if (draft == null) {
            throw new InvalidCaseInput("commitment.action");
        }
        BodySlug owner = draft.body() == null || draft.body().isBlank() ? null : slug(draft.body().strip());
        Commitment made = work.commit(n, draft.action(), owner, day(draft.due()));
        return Response.created(caseUri(n)).entity(CommitmentDto.of(made, reader.tag())).build();
    }

    @POST
    @Path("{number}/closure")
    public Response close(@PathParam("number") String number) {
        work.close(CaseNumber.of(number));
        return Response.noContent().build();
    }

    private URI caseUri(CaseNumber number) {
        return uri.getBaseUriBuilder().path("cases").path(number.toString()).build();
    }

    private static BodySlug requiredBody(String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequestException("body is needed: the identifier of the body whose queue to read");
        }
        return slug(body.strip());
    }

    static BodySlug slug(String body) {
        return BodySlug.parse(body).orElseThrow(() -> new UnknownBody(body));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCaseInput("commitment.due");
        }
    }

    private static boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestException(name + " must be true or false");
        };
    }

    /** {@code in-progress} → {@code IN_PROGRESS}; anything unknown is a bad request naming the choices. */
    private CaseType caseType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        CaseType parsed = caseTypes.parse(value);
        if (parsed == null) {
            throw new BadRequestException("type must be one of " + caseTypes.all().stream()
                    .map(t -> t.code().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        }
        return parsed;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        }
    }
}
