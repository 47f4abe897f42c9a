package org.civicvoice.participation.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.budget.entity.BallotRules;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.Heading;
import org.civicvoice.participation.budget.entity.HeadingResult;
import org.civicvoice.participation.budget.entity.ProjectState;
import org.civicvoice.participation.budget.entity.ResultRule;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts the ballots of a process's headings with its rule and stores each heading's result with its whole
 * computation. A heading's ballots are read in one query; a ballot below the process's minimums (projects, share
 * of the money) does not count. Counting again replaces the result (the same ballots give the same result).
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class ResultCounting {

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetLookup lookup;

    public void countAll(BudgetProcess process, Instant now) {
        for (Heading heading : lookup.headings(process)) {
            count(process, heading, now);
        }
    }

    public void count(BudgetProcess process, Heading heading, Instant now) {
        List<BudgetProject> projects = em.createQuery("""
                        SELECT p FROM BudgetProject p WHERE p.heading = :h AND p.state = :state ORDER BY p.id""",
                        BudgetProject.class)
                .setParameter("h", heading)
                .setParameter("state", ProjectState.FEASIBLE)
                .getResultList();
        Map<String, Long> costs = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (BudgetProject project : projects) {
            costs.put(project.getId().toString(), project.getBallotCost());
            candidates.add(Candidate.of(project.getId().toString(), project.getBallotCost()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT b.id, l.project_id FROM bud_ballot b JOIN bud_ballot_line l ON l.ballot_id = b.id
                        WHERE b.heading_id = ? ORDER BY b.id""")
                .setParameter(1, heading.getId())
                .getResultList();
        Map<Long, Set<String>> chosen = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String project = Long.toString(((Number) row[1]).longValue());
            if (costs.containsKey(project)) {
                chosen.computeIfAbsent(((Number) row[0]).longValue(), k -> new LinkedHashSet<>()).add(project);
            }
        }
        BallotRules rules = process.ballotRules();
        List<Ballot> ballots = new ArrayList<>();
        chosen.forEach((ballot, approved) -> {
            long cost = approved.stream().mapToLong(costs::get).sum();
            if (BallotLimits.counts(rules, heading.getAmount(), cost, approved.size())) {
                ballots.add(new Ballot(ballot.toString(), approved));
            }
        });
        Election election = new Election(BigInteger.valueOf(heading.getAmount()), candidates, ballots,
                process.getSeed());
        Outcome outcome = process.getResultRule() == ResultRule.GREEDY ? new GreedyRule().compute(election)
                : new EqualSharesRule().compute(election);
        String computation = ComputationJson.write(process.getResultRule().name(), election, outcome);
        em.createNativeQuery("""
                        REPLACE INTO bud_result (heading_id, rule_name, computed_at, ballots, spent, selected, computation)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, heading.getId())
                .setParameter(2, process.getResultRule().name())
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, ballots.size())
                .setParameter(5, outcome.spent().longValueExact())
                .setParameter(6, String.join(",", outcome.selected()))
                .setParameter(7, computation)
                .executeUpdate();
    }

    /** The published results of the process's headings, in the headings' order (none before counting). */
    public List<HeadingResult> results(BudgetProcess process) {
        List<Heading> headings = lookup.headings(process);
        Map<Long, Heading> byId = headings.stream().collect(Collectors.toMap(Heading::getId, h -> h));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT r.heading_id, r.rule_name, r.computed_at, r.ballots, r.spent, r.selected, r.computation
                        FROM bud_result r JOIN bud_heading h ON h.id = r.heading_id WHERE h.process_id = ?
                        ORDER BY h.position, h.id""")
                .setParameter(1, process.getId())
                .getResultList();
        List<HeadingResult> results = new ArrayList<>();
        for (Object[] r : rows) {
            Map<Long, Integer> votes = new LinkedHashMap<>();
            ComputationJson.votes((String) r[6]).forEach((id, n) -> votes.put(Long.parseLong(id), n));
            results.add(new HeadingResult(byId.get(((Number) r[0]).longValue()), ResultRule.valueOf((String) r[1]),
                    ((Timestamp) r[2]).toInstant(), ((Number) r[3]).intValue(), ((Number) r[4]).longValue(),
                    ids((String) r[5]), votes, (String) r[6]));
        }
        return results;
    }

    /** The selected projects of every heading of the process. */
    public List<Long> winners(BudgetProcess process) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                        SELECT r.selected FROM bud_result r JOIN bud_heading h ON h.id = r.heading_id
                        WHERE h.process_id = ? ORDER BY h.position, h.id""")
                .setParameter(1, process.getId())
                .getResultList();
        return rows.stream().flatMap(s -> ids(s).stream()).toList();
    }

    private static List<Long> ids(String selected) {
        return selected == null || selected.isBlank() ? List.of()
                : Arrays.stream(selected.split(",")).map(Long::parseLong).toList();
    }
}
