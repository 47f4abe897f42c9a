package org.civicvoice.participation.consultation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.consultation.boundary.ConsultationComments;
import org.civicvoice.participation.consultation.boundary.ConsultationDrafting;
import org.civicvoice.participation.consultation.boundary.Consultations;
import org.civicvoice.participation.consultation.entity.CommentDraft;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationDraft;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ConsultationQuery;
import org.civicvoice.participation.consultation.entity.ConsultationState;
import org.civicvoice.participation.consultation.entity.DraftHasErrors;
import org.civicvoice.participation.consultation.entity.FlagReason;
import org.civicvoice.participation.consultation.entity.ImportedVersion;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.CardDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.CommentDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.CommentRequestDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.DetailDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.DiffDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.DraftDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.FlagDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.ImportProblemDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.ImportedDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.IssueDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.LinksDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.OwnDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.PreviewDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.StructureDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.TextDto;
import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.platform.rest.Caching;
import org.civicvoice.participation.platform.rest.PageDto;
import org.civicvoice.participation.platform.rest.Problem;
import org.civicvoice.participation.platform.web.Language;
import org.civicvoice.participation.platform.web.Texts;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/consultations}: the public list, one consultation with its text's structure and the comments per
 * unit, each published version, the comparison of two versions and the comments; for the body's officials,
 * creating a consultation, reviewing a text as read and importing it; for verified people, commenting,
 * supporting and flagging.
 */
@ApplicationScoped
@Path("consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationsResource {

    /** Comment counts change with every comment: browsers and proxies may keep reads only briefly. */
    static final int MAX_AGE_SECONDS = 10;
    /** A comparison of two published versions never changes. */
    static final int DIFF_MAX_AGE_SECONDS = 3600;
    static final String PRIVATE = "private, no-store";

    @Inject
    Consultations consultations;

    @Inject
    ConsultationDrafting drafting;

    @Inject
    ConsultationComments comments;

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("body") String body,
                         @QueryParam("topic") String topic, @QueryParam("region") String region,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("20") int limit) {
        if (offset < 0 || limit < 1) {
            throw new BadRequestException("offset must be 0 or more and limit 1 or more");
        }
        ConsultationQuery query = new ConsultationQuery(parse(ConsultationState.class, state, "state"),
                Optional.ofNullable(body), Optional.ofNullable(topic), Optional.ofNullable(region), offset, limit);
        return readable(PageDto.of(consultations.search(query).map(CardDto::of)), MAX_AGE_SECONDS);
    }

    @POST
    public Response create(DraftDto draft) {
        if (draft == null) {
            throw new BadRequestException("a consultation is needed");
        }
        ConsultationNumber number = drafting.create(new ConsultationDraft(draft.body(), draft.title(),
                draft.summary(), draft.topic(), draft.region(), draft.opensAt(), draft.closesAt(), draft.contact()));
        return Response.created(uri.getBaseUriBuilder().path("consultations").path(number.toString()).build())
                .entity(OwnDto.of(drafting.find(number))).build();
    }

    /** A public consultation with the structure of its current text and the comments per unit. */
    @GET
    @Path("{number}")
    public Response get(@PathParam("number") String id) {
        ConsultationNumber number = ConsultationNumber.of(id);
        Consultation consultation = consultations.find(number);
        StructureDto structure = consultation.getTextVersion() == null ? null
                : StructureDto.of(consultations.structure(number, consultation.getTextVersion()));
        return readable(DetailDto.of(consultation, structure), MAX_AGE_SECONDS);
    }

    /** The consultation as its body's officials see it, also while drafting: its state and version. */
    @GET
    @Path("{number}/own")
    public Response own(@PathParam("number") String id) {
        return Response.ok(OwnDto.of(drafting.find(ConsultationNumber.of(id)))).header("Cache-Control", PRIVATE)
                .build();
    }

    @GET
    @Path("{number}/versions/{version}")
    public Response version(@PathParam("number") String id, @PathParam("version") int version) {
        return readable(StructureDto.of(consultations.structure(ConsultationNumber.of(id), version)),
                MAX_AGE_SECONDS);
    }

    @GET
    @Path("{number}/versions/{from}/diff/{to}")
    public Response diff(@PathParam("number") String id, @PathParam("from") int from, @PathParam("to") int to) {
        return readable(DiffDto.of(from, to, consultations.diff(ConsultationNumber.of(id), from, to)),
                DIFF_MAX_AGE_SECONDS);
    }

    /** A text read into its units with its issues, stored nowhere: for the review before importing. */
    @POST
    @Path("{number}/preview")
    public Response preview(@PathParam("number") String id, TextDto text) {
        drafting.find(ConsultationNumber.of(id));
        return Response.ok(PreviewDto.of(drafting.preview(text == null ? null : text.text(),
                        parse(LawStyle.class, text == null ? null : text.style(), "style").orElse(null)), locale()))
                .header("Cache-Control", PRIVATE).build();
    }

    /**
     * Imports a text as the next version: {@code 201}; a text with issues is refused with {@code 400} and the
     * issues with their line numbers, and nothing is stored.
     */
    @POST
    @Path("{number}/versions")
    public Response importText(@PathParam("number") String id, TextDto text) {
        if (text == null || text.version() == null) {
            throw new BadRequestException("a text and the version read are needed");
        }
        ConsultationNumber number = ConsultationNumber.of(id);
        ImportedVersion imported;
        try {
            imported = drafting.importText(number, text.text(),
                    parse(LawStyle.class, text.style(), "style").orElse(null), text.version());
        } catch (DraftHasErrors e) {
            Locale locale = locale();
            List<IssueDto> issues = e.issues().stream().map(i -> IssueDto.of(i, locale)).toList();
            return Response.status(Response.Status.BAD_REQUEST).type(Problem.MEDIA_TYPE)
                    .entity(new ImportProblemDto("urn:participation:problem:" + e.messageKey(),
                            Response.Status.BAD_REQUEST.getReasonPhrase(), 400,
                            Texts.text(locale, e.messageKey(), e.arguments()), issues))
                    .build();
        }
        return Response.created(uri.getBaseUriBuilder().path("consultations").path(number.toString())
                        .path("versions").path(Integer.toString(imported.number())).build())
                .entity(new ImportedDto(imported.number(), imported.draft().units().size(),
                        LinksDto.of(number.value())))
                .build();
    }

    @GET
    @Path("{number}/comments")
    public Response comments(@PathParam("number") String id, @QueryParam("unit") String unit) {
        return readable(consultations.comments(ConsultationNumber.of(id), unit == null || unit.isBlank() ? null
                : unit.strip()).stream().map(CommentDto::of).toList(), MAX_AGE_SECONDS);
    }

    /** Comments on the draft ({@code unit} empty) or on a unit by its key; a reply names {@code replyTo}. */
    @POST
    @Path("{number}/comments")
    public Response comment(@PathParam("number") String id, CommentRequestDto form) {
        if (form == null) {
            throw new BadRequestException("a comment text is needed");
        }
        long comment = comments.comment(ConsultationNumber.of(id), new CommentDraft(form.unit(), form.quote(),
                form.text(), form.onBehalfOf(), form.replyTo()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(comment)).build()).build();
    }

    @POST
    @Path("{number}/comments/{comment}/supports")
    public Response support(@PathParam("number") String id, @PathParam("comment") long comment) {
        ConsultationNumber.of(id);
        comments.support(comment);
        return Response.created(uri.getAbsolutePathBuilder().path("mine").build()).build();
    }

    @POST
    @Path("{number}/comments/{comment}/flags")
    public Response flag(@PathParam("number") String id, @PathParam("comment") long comment, FlagDto form) {
        ConsultationNumber.of(id);
        comments.flag(comment, parse(FlagReason.class, form == null ? null : form.reason(), "reason")
                .orElseThrow(() -> new BadRequestException("a reason is needed")), form.note());
        return Response.noContent().build();
    }

    /** The body marks the comment as needing its answer: routing opens a case for it. */
    @POST
    @Path("{number}/comments/{comment}/answer-request")
    public Response requestAnswer(@PathParam("number") String id, @PathParam("comment") long comment) {
        ConsultationNumber.of(id);
        comments.requestAnswer(comment);
        return Response.noContent().build();
    }

    private Locale locale() {
        return Language.preferred(Collections.enumeration(headers.getAcceptableLanguages())).locale();
    }

    private Response readable(Object entity, int maxAge) {
        if (servletRequest.getUserPrincipal() != null) {
            return Response.ok(entity).header("Cache-Control", PRIVATE).build();
        }
        return Caching.cacheable(request, entity, maxAge);
    }

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
