package org.civicvoice.participation.budget.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicvoice.participation.budget.boundary.BallotBox;
import org.civicvoice.participation.budget.boundary.BudgetProcesses;
import org.civicvoice.participation.budget.boundary.BudgetResults;
import org.civicvoice.participation.budget.boundary.FeasibilityReview;
import org.civicvoice.participation.budget.boundary.PabulibExchange;
import org.civicvoice.participation.budget.boundary.ProjectExecution;
import org.civicvoice.participation.budget.boundary.ProjectProposals;
import org.civicvoice.participation.budget.entity.BallotKind;
import org.civicvoice.participation.budget.entity.BallotRules;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.FeasibilityDecision;
import org.civicvoice.participation.budget.entity.Heading;
import org.civicvoice.participation.budget.entity.HeadingResult;
import org.civicvoice.participation.budget.entity.InvalidBudgetInput;
import org.civicvoice.participation.budget.entity.ProjectMilestone;
import org.civicvoice.participation.budget.entity.MilestoneDraft;
import org.civicvoice.participation.budget.entity.MilestoneStatus;
import org.civicvoice.participation.budget.entity.ProcessDraft;
import org.civicvoice.participation.budget.entity.ProcessView;
import org.civicvoice.participation.budget.entity.ProjectDraft;
import org.civicvoice.participation.budget.entity.ResultRule;
import org.civicvoice.participation.budget.rest.BudgetDtos.BallotDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.BallotRequestDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.MergeRequestDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.MilestoneDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.MilestoneRequestDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.PhaseRequestDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.ProcessCardDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.ProcessDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.ProcessRequestDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.ProjectDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.ProjectRequestDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.ReviewRequestDto;
import org.civicvoice.participation.budget.rest.BudgetDtos.SpendingDto;
import org.civicvoice.participation.platform.rest.Caching;
import org.civicvoice.participation.platform.rest.PageDto;
import org.civicvoice.participation.shared.ReaderLanguage;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /api/budgets}: participatory budgets as open data (processes, headings, projects, results with their
 * step-by-step computation, results as CSV, each heading as a Pabulib {@code .pb} file) and the steps people take
 * in them (create, propose, support, review, vote, report execution).
 */
@Path("budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetsResource {

    static final int MAX_AGE_SECONDS = 10;

    @Inject
    BudgetProcesses processes;

    @Inject
    ProjectProposals proposals;

    @Inject
    FeasibilityReview review;

    @Inject
    BallotBox ballots;

    @Inject
    BudgetResults results;

    @Inject
    ProjectExecution execution;

    @Inject
    PabulibExchange pabulib;

    @Inject
    ReaderLanguage reader;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    public Response list(@QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("20") int limit) {
        PageDto<ProcessCardDto> page = PageDto.of(processes.list(offset, limit).map(p -> ProcessCardDto.of(p, reader.tag())));
        return Caching.cacheable(request, page, MAX_AGE_SECONDS);
    }

    @POST
    public Response create(ProcessRequestDto form) {
        if (form == null) {
            throw new BadRequestException("a process with slug, body, name, currency, ballot, rule, dates and headings is needed");
        }
        BallotKind kind = parse(BallotKind.class, form.ballotKind(), "budget.input.ballotKind");
        ResultRule rule = parse(ResultRule.class, form.rule(), "budget.input.rule");
        BallotRules ballot = new BallotRules(kind, form.maxChoices(), form.minProjects() == null ? 0 : form.minProjects(),
                form.maxProjects(), form.minSharePercent() == null ? 0 : form.minSharePercent());
        List<ProcessDraft.HeadingDraft> headings = form.headings() == null ? List.of() : form.headings().stream()
                .map(h -> new ProcessDraft.HeadingDraft(h.slug(), h.name(), h.amount() == null ? 0 : h.amount(),
                        h.region(), BudgetDtos.texts(h.translations(), Heading.NAME_LENGTH)))
                .toList();
        BudgetProcess created = processes.create(new ProcessDraft(form.slug(), form.body(), form.name(),
                form.description(), form.currency(), ballot, rule, form.minAssurance(), form.reviewAt(),
                form.votingAt(), form.resultsAt(), headings,
                BudgetDtos.texts(form.translations(), BudgetProcess.NAME_LENGTH)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.getSlug()).build())
                .entity(ProcessCardDto.of(created, reader.tag())).build();
    }

    @GET
    @Path("{slug}")
    public Response process(@PathParam("slug") String slug) {
        ProcessView view = processes.view(slug);
        return Caching.cacheable(request, ProcessDto.of(view.process(), view.headings(), view.projects(),
                view.timeline(), reader.tag()), MAX_AGE_SECONDS);
    }

    @POST
    @Path("{slug}/phase")
    public Response advance(@PathParam("slug") String slug, PhaseRequestDto form) {
        BudgetPhase from = parse(BudgetPhase.class, form == null ? null : form.from(), "budget.input.phase");
        return Response.ok(Map.of("phase", processes.advance(slug, from).name())).build();
    }

    @POST
    @Path("{slug}/projects")
    public Response propose(@PathParam("slug") String slug, ProjectRequestDto form) {
        if (form == null || form.cost() == null) {
            throw new InvalidBudgetInput("budget.input.cost");
        }
        BudgetProject project = proposals.propose(slug, new ProjectDraft(form.heading(), form.title(),
                form.description(), form.region(), form.latitude(), form.longitude(), form.cost()));
        return Response.created(uri.getBaseUriBuilder().path("budgets/projects/" + project.getId()).build())
                .entity(ProjectDto.of(project)).build();
    }

    @POST
    @Path("projects/{id}/supports")
    public Response support(@PathParam("id") long id) {
        proposals.support(id);
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("projects/{id}/review")
    public ProjectDto review(@PathParam("id") long id, ReviewRequestDto form) {
        if (form == null || form.feasible() == null) {
            throw new InvalidBudgetInput("budget.review.decision");
        }
        return ProjectDto.of(review.decide(id, new FeasibilityDecision(form.feasible(), form.cost(), form.reason())));
    }

    @POST
    @Path("projects/{id}/merge")
    public Response merge(@PathParam("id") long id, MergeRequestDto form) {
        if (form == null || form.into() == null) {
            throw new InvalidBudgetInput("budget.review.mergeTarget");
        }
        review.merge(id, form.into());
        return Response.noContent().build();
    }

    @GET
    @Path("{slug}/headings/{heading}/ballot")
    public BallotDto ballot(@PathParam("slug") String slug, @PathParam("heading") String heading) {
        return BallotDto.of(ballots.ballot(slug, heading));
    }

    @PUT
    @Path("{slug}/headings/{heading}/ballot")
    public BallotDto replace(@PathParam("slug") String slug, @PathParam("heading") String heading,
                             BallotRequestDto form) {
        return BallotDto.of(ballots.replace(slug, heading,
                form == null || form.projects() == null ? null : new LinkedHashSet<>(form.projects())));
    }

    @POST
    @Path("{slug}/headings/{heading}/ballot/projects/{id}")
    public BallotDto add(@PathParam("slug") String slug, @PathParam("heading") String heading,
                         @PathParam("id") long id) {
        return BallotDto.of(ballots.add(slug, heading, id));
    }

    @DELETE
    @Path("{slug}/headings/{heading}/ballot/projects/{id}")
    public BallotDto remove(@PathParam("slug") String slug, @PathParam("heading") String heading,
                            @PathParam("id") long id) {
        return BallotDto.of(ballots.remove(slug, heading, id));
    }

    /** The results of every heading with the whole computation as published (exact fractions as "p/q"). */
    @GET
    @Path("{slug}/results")
    public Response results(@PathParam("slug") String slug) {
        return Caching.cacheable(request, resultsJson(results.results(slug), reader.tag()), MAX_AGE_SECONDS);
    }

    @POST
    @Path("{slug}/results/recount")
    public Response recount(@PathParam("slug") String slug) {
        return Response.ok(resultsJson(results.recount(slug), reader.tag())).build();
    }

    private static JsonObject resultsJson(List<HeadingResult> all, String language) {
        JsonArrayBuilder headings = Json.createArrayBuilder();
        for (HeadingResult r : all) {
            JsonObject computation;
            try (JsonReader json = Json.createReader(new StringReader(r.computation()))) {
                computation = json.readObject();
            }
            headings.add(Json.createObjectBuilder()
                    .add("heading", r.heading().getSlug())
                    .add("name", r.heading().name(language))
                    .add("amount", r.heading().getAmount())
                    .add("rule", r.rule().name())
                    .add("computedAt", r.computedAt().toString())
                    .add("ballots", r.ballots())
                    .add("spent", r.spent())
                    .add("selected", Json.createArrayBuilder(r.selected()))
                    .add("computation", computation));
        }
        return Json.createObjectBuilder().add("headings", headings).build();
    }

    /** One row per project and heading: votes, cost and whether the rule selected it. */
    @GET
    @Path("{slug}/results.csv")
    @Produces("text/csv")
    public Response resultsCsv(@PathParam("slug") String slug) {
        List<HeadingResult> all = results.results(slug);
        Map<Long, BudgetProject> projects = processes.view(slug).projects().stream()
                .collect(Collectors.toMap(BudgetProject::getId, p -> p));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("heading", "project", "title", "cost", "votes", "selected", "position").build())) {
            for (HeadingResult r : all) {
                for (Map.Entry<Long, Integer> vote : r.votes().entrySet()) {
                    BudgetProject p = projects.get(vote.getKey());
                    int position = r.selected().indexOf(vote.getKey());
                    csv.printRecord(r.heading().getSlug(), p.getExternalId(), p.getTitle(), p.getBallotCost(),
                            vote.getValue(), position >= 0, position >= 0 ? position + 1 : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString()).header("Content-Disposition",
                "attachment; filename=\"" + slug + "-results.csv\"")
                .header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).build();
    }

    /** A heading as a Pabulib file: its projects and the anonymous votes. */
    @GET
    @Path("{slug}/headings/{heading}/pabulib")
    @Produces("text/plain")
    public Response export(@PathParam("slug") String slug, @PathParam("heading") String heading) {
        return Response.ok(pabulib.export(slug, heading), MediaType.valueOf("text/plain; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-" + heading + ".pb\"")
                .header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).build();
    }

    /** Imports a Pabulib file as a closed process of the body, with its result counted by the process's rule. */
    @POST
    @Path("imports")
    @Consumes({"text/plain", "application/octet-stream"})
    public Response importFile(@QueryParam("body") String body, @QueryParam("slug") String slug,
                               @QueryParam("rule") String rule, String content) {
        BudgetProcess created = pabulib.importFile(body, slug, rule == null ? null
                : parse(ResultRule.class, rule, "budget.input.rule"), content);
        return Response.created(uri.getBaseUriBuilder().path("budgets/" + created.getSlug()).build())
                .entity(ProcessCardDto.of(created, reader.tag())).build();
    }

    @GET
    @Path("{slug}/spending")
    public Response spending(@PathParam("slug") String slug) {
        return Caching.cacheable(request, execution.spending(slug).stream().map(SpendingDto::of).toList(),
                MAX_AGE_SECONDS);
    }

    @GET
    @Path("projects/{id}/milestones")
    public List<MilestoneDto> milestones(@PathParam("id") long id) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return execution.milestones(id).stream().map(m -> MilestoneDto.of(m, today)).toList();
    }

    @POST
    @Path("projects/{id}/milestones")
    public Response addMilestone(@PathParam("id") long id, MilestoneRequestDto form) {
        ProjectMilestone added = execution.addMilestone(id, draft(form));
        return Response.created(uri.getBaseUriBuilder().path("budgets/milestones/" + added.getId()).build())
                .entity(MilestoneDto.of(added, LocalDate.now(ZoneOffset.UTC))).build();
    }

    @PUT
    @Path("milestones/{id}")
    public MilestoneDto updateMilestone(@PathParam("id") long id, MilestoneRequestDto form) {
        if (form == null || form.version() == null) {
            throw new InvalidBudgetInput("budget.milestone.version");
        }
        return MilestoneDto.of(execution.updateMilestone(id, draft(form), form.version()),
                LocalDate.now(ZoneOffset.UTC));
    }

    @POST
    @Path("projects/{id}/followers")
    public Response follow(@PathParam("id") long id) {
        execution.follow(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("projects/{id}/followers")
    public Response unfollow(@PathParam("id") long id) {
        execution.unfollow(id);
        return Response.noContent().build();
    }

    private static MilestoneDraft draft(MilestoneRequestDto form) {
        if (form == null) {
            throw new InvalidBudgetInput("budget.milestone.title", 3, ProjectMilestone.TITLE_LENGTH);
        }
        MilestoneStatus status = form.status() == null ? null
                : parse(MilestoneStatus.class, form.status(), "budget.milestone.status");
        return new MilestoneDraft(form.title(), form.description(), form.dueOn(), status,
                form.progress() == null ? 0 : form.progress(), form.spent() == null ? 0 : form.spent());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidBudgetInput(key);
        }
    }
}
