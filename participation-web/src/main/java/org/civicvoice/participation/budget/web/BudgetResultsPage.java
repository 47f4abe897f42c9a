package org.civicvoice.participation.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.civicvoice.participation.budget.boundary.BudgetProcesses;
import org.civicvoice.participation.budget.boundary.BudgetResults;
import org.civicvoice.participation.budget.boundary.ProjectExecution;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.HeadingResult;
import org.civicvoice.participation.budget.entity.ProcessView;
import org.civicvoice.participation.budget.entity.ProjectSpending;
import org.civicvoice.participation.budget.entity.TurnoutFigure;
import org.civicvoice.participation.budget.entity.UnknownBudgetItem;
import org.civicvoice.participation.budget.entity.WrongBudgetPhase;
import org.civicvoice.participation.platform.web.Navigation;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code budget/results.xhtml?slug=s}: the results of a budget for everyone: per heading the votes of each project
 * as bars with the selected ones marked, the money used, each step of the computation, turnout by region and by
 * day, and where the money went. Before the results phase the page says when they come.
 */
@Named
@RequestScoped
public class BudgetResultsPage {

    @Inject
    BudgetProcesses processes;

    @Inject
    BudgetResults results;

    @Inject
    ProjectExecution execution;

    @Inject
    Navigation navigation;

    private String slug;
    private ProcessView view;
    private Map<Long, BudgetProject> projects = Map.of();
    private List<HeadingResult> headings = List.of();
    private List<TurnoutFigure> byRegion = List.of();
    private List<TurnoutFigure> byDay = List.of();
    private List<ProjectSpending> spending = List.of();
    private boolean published;
    private final Map<Long, List<JsonObject>> steps = new HashMap<>();

    public void load() {
        try {
            view = processes.view(slug);
            projects = view.projects().stream().collect(Collectors.toMap(BudgetProject::getId, Function.identity()));
            headings = results.results(slug);
            byRegion = results.turnoutByRegion(slug);
            byDay = results.turnoutByDay(slug);
            spending = execution.spending(slug);
            published = true;
        } catch (UnknownBudgetItem e) {
            navigation.notFound();
        } catch (WrongBudgetPhase e) {
            published = false;
        }
    }

    public BudgetProject project(Object id) {
        return id == null ? null : projects.get(Long.valueOf(id.toString()));
    }

    /** The steps of a heading's computation, for the table that shows them (read once per request). */
    public List<JsonObject> steps(HeadingResult result) {
        return steps.computeIfAbsent(result.heading().getId(), id -> {
            try (JsonReader reader = Json.createReader(new StringReader(result.computation()))) {
                return reader.readObject().getJsonArray("steps").getValuesAs(JsonObject.class);
            }
        });
    }

    /** The highest number of votes of a heading, for the length of its bars. */
    public int maxVotes(HeadingResult result) {
        return Math.max(1, result.votes().values().stream().mapToInt(Integer::intValue).max().orElse(1));
    }

    public long maxTurnout(List<TurnoutFigure> figures) {
        return Math.max(1, figures.stream().mapToLong(TurnoutFigure::ballots).max().orElse(1));
    }

    public int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.min(100, part * 100 / whole);
    }

    public ProcessView getView() {
        return view;
    }

    public List<HeadingResult> getHeadings() {
        return headings;
    }

    public List<TurnoutFigure> getByRegion() {
        return byRegion;
    }

    public List<TurnoutFigure> getByDay() {
        return byDay;
    }

    public List<ProjectSpending> getSpending() {
        return spending;
    }

    public boolean isPublished() {
        return published;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
