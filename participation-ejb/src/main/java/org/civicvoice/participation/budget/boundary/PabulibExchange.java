package org.civicvoice.participation.budget.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.civicvoice.participation.budget.control.BallotLimits;
import org.civicvoice.participation.budget.control.BudgetLookup;
import org.civicvoice.participation.budget.control.BudgetTimeline;
import org.civicvoice.participation.budget.control.PabulibFile;
import org.civicvoice.participation.budget.control.PabulibFormatException;
import org.civicvoice.participation.budget.control.ResultCounting;
import org.civicvoice.participation.budget.entity.BallotKind;
import org.civicvoice.participation.budget.entity.BallotRules;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.Heading;
import org.civicvoice.participation.budget.entity.InvalidBudgetInput;
import org.civicvoice.participation.budget.entity.ProjectState;
import org.civicvoice.participation.budget.entity.ResultRule;
import org.civicvoice.participation.budget.entity.WrongBudgetPhase;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.shared.BusinessException;
import org.civicvoice.participation.shared.Constraints;
import org.civicvoice.participation.shared.KeyedText;
import org.civicvoice.participation.shared.NativeBatch;
import org.civicvoice.participation.shared.Roles;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Budgets in the Pabulib format, the open format of the participatory budgeting library that researchers and
 * auditors use: a heading's projects and anonymous votes go out as a {@code .pb} file once the results are
 * published; an official imports a {@code .pb} file as a closed process of their body (one heading with the
 * file's budget, its projects on the ballot, its votes as anonymous approval ballots) and the platform counts it
 * with the rule of the file (or the one asked for), so a published result can be checked against ours.
 */
@Stateless
@PermitAll
public class PabulibExchange {

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetLookup lookup;

    @Inject
    BudgetTimeline timeline;

    @Inject
    ResultCounting counting;

    @Inject
    GovernmentBodies bodies;

    @Inject
    Clock clock;

    /** The heading as a {@code .pb} file: voters are numbered 1, 2, ... (no account is named). */
    public String export(String processSlug, String headingSlug) {
        BudgetProcess process = lookup.process(processSlug);
        if (process.getPhase().ordinal() < BudgetPhase.RESULTS.ordinal()) {
            throw new WrongBudgetPhase("budget.results.notYet", process.getResultsAt());
        }
        Heading heading = lookup.heading(process, headingSlug);
        List<BudgetProject> projects = em.createQuery("""
                        SELECT p FROM BudgetProject p WHERE p.heading = :h AND p.state = :state ORDER BY p.id""",
                        BudgetProject.class)
                .setParameter("h", heading)
                .setParameter("state", ProjectState.FEASIBLE)
                .getResultList();
        Map<Long, BudgetProject> byId = new HashMap<>();
        projects.forEach(p -> byId.put(p.getId(), p));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT b.id, l.project_id FROM bud_ballot b JOIN bud_ballot_line l ON l.ballot_id = b.id
                        WHERE b.heading_id = ? ORDER BY b.id, l.project_id""")
                .setParameter(1, heading.getId())
                .getResultList();
        Map<Long, List<BudgetProject>> ballots = new LinkedHashMap<>();
        for (Object[] row : rows) {
            BudgetProject project = byId.get(((Number) row[1]).longValue());
            if (project != null) {
                ballots.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(project);
            }
        }
        BallotRules rules = process.ballotRules();
        Map<BudgetProject, Integer> votes = new HashMap<>();
        List<PabulibFile.Vote> written = new ArrayList<>();
        for (List<BudgetProject> chosen : ballots.values()) {
            long cost = chosen.stream().mapToLong(BudgetProject::getBallotCost).sum();
            if (!BallotLimits.counts(rules, heading.getAmount(), cost, chosen.size())) {
                continue;
            }
            chosen.forEach(p -> votes.merge(p, 1, Integer::sum));
            written.add(new PabulibFile.Vote(Integer.toString(written.size() + 1),
                    chosen.stream().map(BudgetProject::getExternalId).toList(), Map.of()));
        }
        List<PabulibFile.Project> listed = new ArrayList<>();
        for (BudgetProject p : projects) {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("votes", Integer.toString(votes.getOrDefault(p, 0)));
            columns.put("name", p.getTitle());
            listed.add(new PabulibFile.Project(p.getExternalId(), BigInteger.valueOf(p.getBallotCost()), columns));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", process.getName() + " – " + heading.getName());
        meta.put("unit", process.getBody().getName());
        meta.put("subunit", heading.getName());
        meta.put("instance", process.getSlug());
        meta.put("num_projects", Integer.toString(listed.size()));
        meta.put("num_votes", Integer.toString(written.size()));
        meta.put("budget", Long.toString(heading.getAmount()));
        meta.put("vote_type", "approval");
        meta.put("rule", process.getResultRule() == ResultRule.GREEDY ? "greedy" : "equalshares");
        meta.put("currency", process.getCurrency());
        meta.put("seed", process.getSeed());
        if (rules.kind() == BallotKind.APPROVAL) {
            meta.put("max_length", Integer.toString(rules.maxChoices()));
        }
        return new PabulibFile(meta, listed, written).write();
    }

    /**
     * Imports a {@code .pb} file as a closed process of the body (by an official of it) and counts its result.
     * {@code rule} overrides the file's {@code rule} (greedy unless the file says equal shares).
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public BudgetProcess importFile(String bodySlug, String slug, ResultRule rule, String content) {
        PabulibFile file;
        try {
            file = PabulibFile.parse(content == null ? "" : content);
            file.toElection("check");
        } catch (PabulibFormatException e) {
            throw new InvalidBudgetInput("budget.pabulib." + e.key().substring(e.key().indexOf('.') + 1), e.line());
        }
        Body body;
        try {
            body = bodies.find(BodySlug.of(bodySlug == null ? "" : bodySlug.strip()));
        } catch (BusinessException | IllegalArgumentException e) {
            throw new InvalidBudgetInput("budget.input.body");
        }
        Map<String, String> meta = file.meta();
        long budget = new BigInteger(meta.get("budget")).longValueExact();
        if (budget <= 0) {
            throw new InvalidBudgetInput("budget.input.amount");
        }
        ResultRule chosen = rule != null ? rule
                : meta.getOrDefault("rule", "").toLowerCase(Locale.ROOT).startsWith("equal")
                ? ResultRule.EQUAL_SHARES : ResultRule.GREEDY;
        int longest = file.votes().stream().mapToInt(v -> v.projects().size()).max().orElse(1);
        Instant now = clock.instant();
        String name = meta.getOrDefault("description", "").isBlank() ? slug : meta.get("description");
        String currency = meta.getOrDefault("currency", "EUR").strip().toUpperCase(Locale.ROOT);
        BudgetProcess process = new BudgetProcess(slug, body, name.length() > BudgetProcess.NAME_LENGTH
                ? name.substring(0, BudgetProcess.NAME_LENGTH) : name, "", currency.matches("[A-Z]{3}") ? currency : "EUR",
                new BallotRules(BallotKind.APPROVAL, Math.max(1, longest), 0, null, 0), chosen,
                AssuranceLevel.EMAIL_VERIFIED, now, now, now, meta.getOrDefault("seed", BudgetProcesses.newSeed()),
                true, now);
        lookup.official(process);
        em.persist(process);
        String headingName = meta.getOrDefault("subunit", "").isBlank() ? name : meta.get("subunit");
        Heading heading = new Heading(process, "all", headingName.length() > Heading.NAME_LENGTH
                ? headingName.substring(0, Heading.NAME_LENGTH) : headingName, budget, null, 0);
        em.persist(heading);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_bud_process_slug")) {
                throw new InvalidBudgetInput("budget.input.slugTaken");
            }
            throw e;
        }
        Map<String, Long> projectIds = new HashMap<>();
        for (PabulibFile.Project p : file.projects()) {
            BudgetProject project = BudgetProject.imported(process, heading, p.id(), p.name(),
                    p.columns().getOrDefault("description", ""), p.cost().longValueExact(), now);
            em.persist(project);
            em.flush();
            projectIds.put(p.id(), project.getId());
        }
        Timestamp at = Timestamp.from(now);
        List<List<Object>> ballotRows = new ArrayList<>();
        for (PabulibFile.Vote vote : file.votes()) {
            ballotRows.add(List.of(heading.getId(), "pb:" + vote.voterId(), at, at));
        }
        NativeBatch.upsert(em, "bud_ballot (heading_id, voter_key, created_at, changed_at)", "(?, ?, ?, ?)",
                "changed_at = changed_at", ballotRows);
        @SuppressWarnings("unchecked")
        List<Object[]> ids = em.createNativeQuery("SELECT voter_key, id FROM bud_ballot WHERE heading_id = ?")
                .setParameter(1, heading.getId())
                .getResultList();
        Map<String, Long> ballotIds = new HashMap<>();
        ids.forEach(r -> ballotIds.put((String) r[0], ((Number) r[1]).longValue()));
        List<List<Object>> lineRows = new ArrayList<>();
        for (PabulibFile.Vote vote : file.votes()) {
            Long ballot = ballotIds.get("pb:" + vote.voterId());
            Set<String> distinct = new LinkedHashSet<>(vote.projects());
            for (String project : distinct) {
                lineRows.add(List.of(ballot, projectIds.get(project)));
            }
        }
        NativeBatch.upsert(em, "bud_ballot_line (ballot_id, project_id)", "(?, ?)", "project_id = project_id",
                lineRows);
        timeline.record(process.getId(), KeyedText.of("budget.timeline.imported", body.named()), now);
        counting.countAll(process, now);
        return process;
    }
}
