package org.civicvoice.participation.consultation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicvoice.participation.consultation.boundary.ConsultationQuestions;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.InvalidConsultation;
import org.civicvoice.participation.consultation.entity.QuestionDraft;
import org.civicvoice.participation.consultation.entity.QuestionKind;
import org.civicvoice.participation.consultation.entity.QuestionView;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/consultations/{n}/questions}: the questions of a consultation with, once it has closed, the number of
 * people per option; officials add questions while drafting; verified people answer (and change their answer)
 * while it is open.
 */
@Path("consultations/{number}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationQuestionsResource {

    /** A question as an official sends it. */
    public record QuestionRequestDto(String kind, String text, List<String> options) {
    }

    /** An answer: the chosen options' ids, or the text of a free answer. */
    public record AnswerRequestDto(List<Long> options, String text) {
    }

    public record OptionDto(long id, String text, Long chosen) {
    }

    public record QuestionDto(long id, int position, String kind, String text, List<OptionDto> options,
                              Long answered, List<Long> myOptions, String myText) {

        static QuestionDto of(QuestionView q) {
            return new QuestionDto(q.id(), q.position(), q.kind().name(), q.text(),
                    q.options().stream().map(o -> new OptionDto(o.id(), o.text(), o.chosen())).toList(), q.answered(),
                    q.myOptions(), q.myText());
        }
    }

    @Inject
    ConsultationQuestions questions;

    @Context
    UriInfo uri;

    @GET
    public Response list(@PathParam("number") String number) {
        return Response.ok(questions.questions(ConsultationNumber.of(number)).stream().map(QuestionDto::of).toList())
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    public Response add(@PathParam("number") String number, QuestionRequestDto form) {
        QuestionKind kind;
        try {
            kind = QuestionKind.valueOf(form == null || form.kind() == null ? ""
                    : form.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidConsultation("consultation.question.kind");
        }
        long id = questions.add(ConsultationNumber.of(number), new QuestionDraft(kind, form.text(), form.options()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(java.util.Map.of("id", id)).build();
    }

    @PUT
    @Path("{question}/answer")
    public Response answer(@PathParam("number") String number, @PathParam("question") long question,
                           AnswerRequestDto form) {
        questions.answer(ConsultationNumber.of(number), question,
                form == null || form.options() == null ? null : new LinkedHashSet<>(form.options()),
                form == null ? null : form.text());
        return Response.noContent().build();
    }
}
