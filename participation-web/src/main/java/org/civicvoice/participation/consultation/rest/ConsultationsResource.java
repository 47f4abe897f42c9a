package org.civicvoice.participation.consultation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.consultation.boundary.ConsultationComments;
import org.civicvoice.participation.consultation.boundary.ConsultationDispositions;
import org.civicvoice.participation.consultation.boundary.ConsultationDocuments;
import org.civicvoice.participation.consultation.boundary.ConsultationDrafting;
import org.civicvoice.participation.consultation.boundary.ConsultationFollowing;
import org.civicvoice.participation.consultation.boundary.ConsultationModeration;
import org.civicvoice.participation.consultation.boundary.ConsultationReports;
import org.civicvoice.participation.consultation.boundary.Consultations;
import org.civicvoice.participation.consultation.entity.CommentDraft;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationDraft;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ConsultationQuery;
import org.civicvoice.participation.consultation.entity.ConsultationState;
import org.civicvoice.participation.consultation.entity.Disposition;
import org.civicvoice.participation.consultation.entity.DispositionDecision;
import org.civicvoice.participation.consultation.entity.DraftHasErrors;
import org.civicvoice.participation.consultation.entity.FlagReason;
import org.civicvoice.participation.consultation.entity.ImportedVersion;
import org.civicvoice.participation.consultation.entity.ReportComment;
import org.civicvoice.participation.consultation.entity.ReportFigures;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.CardDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.CommentDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.CommentRequestDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.DetailDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.DiffDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.DispositionRequestDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.DraftDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.FiguresDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.FlagDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.FollowDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.HeldDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.HidingDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.ImportProblemDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.ImportedDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.IssueDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.LinksDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.OwnDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.PreviewDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.SheetDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.StructureDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.TextDto;
import org.civicvoice.participation.consultation.rest.ConsultationDtos.VersionDto;
import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.platform.rest.Caching;
import org.civicvoice.participation.platform.rest.PageDto;
import org.civicvoice.participation.platform.rest.Problem;
import org.civicvoice.participation.platform.web.Language;
import org.civicvoice.participation.platform.web.Texts;
import org.civicvoice.participation.shared.ReaderLanguage;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    /** Comment counts change with every comment: browsers and proxies may keep reads only briefly. */
    static final int MAX_AGE_SECONDS = 10;
    /** A comparison of two published versions never changes. */
    static final int DIFF_MAX_AGE_SECONDS = 3600;
    static final String PRIVATE = "private, no-store";
    /** A published report changes no more, but a moderator may still hide a comment in it. */
    static final int REPORT_MAX_AGE_SECONDS = 300;
    static final String AKN_MEDIA_TYPE = "application/akn+xml";

    @Inject
    Consultations consultations;

    @Inject
    ReaderLanguage reader;

    @Inject
    ConsultationDrafting drafting;

    @Inject
    ConsultationComments comments;

    @Inject
    ConsultationDispositions dispositions;

    @Inject
    ConsultationReports reports;

    @Inject
    ConsultationFollowing following;

    @Inject
    ConsultationModeration moderation;

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
                draft.summary(), draft.topic(), draft.region(), draft.opensAt(), draft.closesAt(), draft.contact(),
                draft.texts()));
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
        return readable(DetailDto.of(consultation, structure, reader.tag()), MAX_AGE_SECONDS);
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
        return imported(number, () -> drafting.importText(number, text.text(),
                parse(LawStyle.class, text.style(), "style").orElse(null), text.version()));
    }

    /**
     * Imports a draft's file as the next version, as {@link #importText} does: plain text, Markdown, a Word
     * {@code .docx} or an OpenDocument {@code .odt}, told by the content (a file that is none of them: {@code 400}).
     */
    @POST
    @Path("{number}/versions/document")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, DOCX, ODT, MediaType.TEXT_PLAIN, "text/markdown"})
    public Response importDocument(@PathParam("number") String id, @QueryParam("style") String style,
                                   @QueryParam("version") Long version, byte[] content) {
        if (version == null) {
            throw new BadRequestException("the version read is needed");
        }
        ConsultationNumber number = ConsultationNumber.of(id);
        return imported(number, () -> drafting.importDocument(number, content,
                parse(LawStyle.class, style, "style").orElse(null), version));
    }

    /** A draft's file read into its units with its issues, stored nowhere. */
    @POST
    @Path("{number}/preview/document")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, DOCX, ODT, MediaType.TEXT_PLAIN, "text/markdown"})
    public Response previewDocument(@PathParam("number") String id, @QueryParam("style") String style,
                                    byte[] content) {
        drafting.find(ConsultationNumber.of(id));
        return Response.ok(PreviewDto.of(drafting.previewDocument(content,
                        parse(LawStyle.class, style, "style").orElse(null)), locale()))
                .header("Cache-Control", PRIVATE).build();
    }

    private Response imported(ConsultationNumber number, java.util.function.Supplier<ImportedVersion> importing) {
        ImportedVersion imported;
        try {
            imported = importing.get();
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

    /** Starts ({@code {"follow":true}}) or stops mail about the consultation's report. */
    @PUT
    @Path("{number}/following")
    public Response follow(@PathParam("number") String id, FollowDto form) {
        ConsultationNumber number = ConsultationNumber.of(id);
        if (form == null || form.follow() == null || form.follow()) {
            following.follow(number);
        } else {
            following.unfollow(number);
        }
        return Response.noContent().build();
    }

    /** The top-level comments with their dispositions, for the body's officials. */
    @GET
    @Path("{number}/dispositions")
    public Response sheet(@PathParam("number") String id) {
        return Response.ok(SheetDto.of(dispositions.sheet(ConsultationNumber.of(id))))
                .header("Cache-Control", PRIVATE).build();
    }

    /** One disposition for a list of comments; answers the consultation's new version. */
    @POST
    @Path("{number}/dispositions")
    public Response dispose(@PathParam("number") String id, DispositionRequestDto form) {
        if (form == null || form.version() == null) {
            throw new BadRequestException("the comments, a disposition and the version read are needed");
        }
        Disposition disposition = parse(Disposition.class, form.disposition(), "disposition")
                .orElseThrow(() -> new BadRequestException("a disposition is needed"));
        long version = dispositions.dispose(ConsultationNumber.of(id), form.version(), form.comments(),
                new DispositionDecision(disposition, form.reason(), form.unit()));
        return Response.ok(new VersionDto(version)).header("Cache-Control", PRIVATE).build();
    }

    /** Publishes the report: {@code 201}; {@code 409} while comments lack a disposition (the detail says how many). */
    @POST
    @Path("{number}/report")
    public Response publishReport(@PathParam("number") String id, VersionDto form) {
        if (form == null) {
            throw new BadRequestException("the version read is needed");
        }
        ConsultationNumber number = ConsultationNumber.of(id);
        long version = dispositions.publishReport(number, form.version());
        return Response.created(uri.getBaseUriBuilder().path("consultations").path(number.toString())
                .path("report").build()).entity(new VersionDto(version)).build();
    }

    /** The published report's figures. */
    @GET
    @Path("{number}/report")
    public Response report(@PathParam("number") String id) {
        ConsultationNumber number = ConsultationNumber.of(id);
        ReportFigures figures = reports.figures(number);
        return readable(FiguresDto.of(consultations.find(number), figures), REPORT_MAX_AGE_SECONDS);
    }

    /** The published report as CSV: every comment with its unit, disposition and reason. */
    @GET
    @Path("{number}/report.csv")
    @Produces(ReportCsv.MEDIA_TYPE)
    public Response reportCsv(@PathParam("number") String id) {
        ConsultationNumber number = ConsultationNumber.of(id);
        byte[] csv = ReportCsv.of(reports.comments(number)).getBytes(StandardCharsets.UTF_8);
        return download(csv, ReportCsv.MEDIA_TYPE, "consultation-" + number + "-report.csv", REPORT_MAX_AGE_SECONDS);
    }

    /** The published report as PDF, in the reader's language ({@code Accept-Language}, or {@code lang}). */
    @GET
    @Path("{number}/report.pdf")
    @Produces(ReportPdf.MEDIA_TYPE)
    public Response reportPdf(@PathParam("number") String id, @QueryParam("lang") String lang) {
        ConsultationNumber number = ConsultationNumber.of(id);
        Locale locale = lang == null ? locale() : Language.fromTag(lang).orElse(Language.DEFAULT).locale();
        List<ReportComment> reported = reports.comments(number);
        byte[] pdf = ReportPdf.of(ReportPdf.Heading.of(consultations.find(number)), reports.figures(number), reported,
                locale);
        return download(pdf, ReportPdf.MEDIA_TYPE, "consultation-" + number + "-report-"
                + locale.getLanguage() + ".pdf", REPORT_MAX_AGE_SECONDS);
    }

    /** A published version as an Akoma Ntoso 3.0 (LegalDocML) bill. */
    @GET
    @Path("{number}/versions/{version}/akn")
    @Produces(AKN_MEDIA_TYPE)
    public Response akomaNtoso(@PathParam("number") String id, @PathParam("version") int version) {
        ConsultationNumber number = ConsultationNumber.of(id);
        return download(reports.akomaNtoso(number, version), AKN_MEDIA_TYPE,
                "consultation-" + number + "-v" + version + ".akn.xml", DIFF_MAX_AGE_SECONDS);
    }

    /** A moderator hides a comment with a reason readers see in its place. */
    @POST
    @Path("{number}/comments/{comment}/hiding")
    public Response hide(@PathParam("number") String id, @PathParam("comment") long comment, HidingDto form) {
        moderation.hide(ConsultationNumber.of(id), comment, form == null ? null : form.reason());
        return Response.noContent().build();
    }

    /** A moderator shows a hidden or held comment again. */
    @DELETE
    @Path("{number}/comments/{comment}/hiding")
    public Response restore(@PathParam("number") String id, @PathParam("comment") long comment) {
        moderation.restore(ConsultationNumber.of(id), comment);
        return Response.noContent().build();
    }

    /** Comments held for review after enough flags, longest held first, for moderators. */
    @GET
    @Path("moderation")
    public Response held(@QueryParam("limit") @DefaultValue("100") int limit) {
        return Response.ok(moderation.held(limit).stream().map(HeldDto::of).toList())
                .header("Cache-Control", PRIVATE).build();
    }

    private Response download(byte[] bytes, String type, String filename, int maxAge) {
        Response.ResponseBuilder answer;
        if (servletRequest.getUserPrincipal() != null) {
            answer = Response.ok(bytes, type).header("Cache-Control", PRIVATE);
        } else {
            EntityTag tag = new EntityTag(Integer.toHexString(Arrays.hashCode(bytes)), true);
            CacheControl cache = new CacheControl();
            cache.setMaxAge(maxAge);
            Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
            answer = notModified != null ? notModified : Response.ok(bytes, type);
            answer.cacheControl(cache).tag(tag);
        }
        return answer.header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
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

    @Inject
    ConsultationDocuments documents;

    /** A document DTO: no stored key, only what the public sees. */
    public record DocumentDto(long id, String title, String name, String contentType, long size, String sha256,
                              String href) {
    }

    /** The documents of a public consultation. */
    @GET
    @Path("{number}/documents")
    public Response documents(@PathParam("number") String id) {
        ConsultationNumber number = ConsultationNumber.of(id);
        readableOrDraft(number);
        return Response.ok(documents.documents(number).stream().map(d -> new DocumentDto(d.id(), d.title(),
                        d.downloadName(), d.contentType(), d.size(), d.sha256(),
                        "/api/consultations/" + number.value() + "/documents/" + d.id())).toList())
                .header("Cache-Control", PRIVATE).build();
    }

    /** Attaches a document: the raw bytes as body, the file name and title as query parameters. */
    @POST
    @Path("{number}/documents")
    @Consumes(MediaType.WILDCARD)
    public Response attachDocument(@PathParam("number") String id, @QueryParam("name") String name,
                                   @QueryParam("title") String title, InputStream content) {
        ConsultationNumber number = ConsultationNumber.of(id);
        long document = documents.attach(number, name, title, content);
        return Response.created(URI.create("/api/consultations/" + number.value() + "/documents/"
                + document)).header("Cache-Control", PRIVATE).build();
    }

    /** A document's file, served as the kind detected on upload, always as an attachment. */
    @GET
    @Path("{number}/documents/{document}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("number") String id, @PathParam("document") long documentId,
                             @Context Request request) {
        ConsultationNumber number = ConsultationNumber.of(id);
        boolean published = readableOrDraft(number);
        var document = documents.documents(number).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(document.sha256());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = unchanged != null ? unchanged
                : Response.ok(documents.file(document).toFile(), document.contentType());
        return builder.tag(tag)
                .header("Content-Disposition", disposition(document.downloadName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", published ? "public, max-age=31536000, immutable" : "private, no-store")
                .build();
    }

    /** Removes a document (officials of the body, while draft or open). */
    @DELETE
    @Path("{number}/documents/{document}")
    public Response removeDocument(@PathParam("number") String id, @PathParam("document") long documentId) {
        documents.remove(ConsultationNumber.of(id), documentId);
        return Response.noContent().build();
    }

    /**
     * A public consultation (true), or a draft for the officials of its body (false: who see it while drafting,
     * never cached for others).
     */
    private boolean readableOrDraft(ConsultationNumber number) {
        try {
            consultations.find(number);
            return true;
        } catch (UnknownConsultation e) {
            if (servletRequest.getUserPrincipal() == null) {
                throw e;
            }
            drafting.find(number);
            return false;
        }
    }

    /** RFC 6266 with an ASCII fallback and the RFC 5987 UTF-8 name. */
    static String disposition(String name) {
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
