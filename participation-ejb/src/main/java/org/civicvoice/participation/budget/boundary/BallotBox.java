package org.civicvoice.participation.budget.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.budget.control.BallotLimits;
import org.civicvoice.participation.budget.control.BudgetLookup;
import org.civicvoice.participation.budget.entity.BallotRefused;
import org.civicvoice.participation.budget.entity.BallotView;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.Heading;
import org.civicvoice.participation.budget.entity.NotEligibleToVote;
import org.civicvoice.participation.budget.entity.ProjectState;
import org.civicvoice.participation.budget.entity.WrongBudgetPhase;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.shared.Roles;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A voter's ballot per heading while voting is open: one ballot per voter and heading (a unique key), changed as
 * often as wanted until voting closes. Every change locks the voter's ballot row first and then checks the limits
 * against what is stored, so two tabs adding projects at the same moment are checked one after the other and
 * cannot together exceed the money or the number of choices.
 */
@Stateless
@RolesAllowed(Roles.VERIFIED)
public class BallotBox {

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetLookup lookup;

    @Inject
    MyAccount myAccount;

    @Inject
    Regions regions;

    @Inject
    Clock clock;

    /** The caller's ballot for the heading (empty if none yet); any signed-in citizen may look. */
    @RolesAllowed({Roles.CITIZEN, Roles.VERIFIED})
    public BallotView ballot(String processSlug, String headingSlug) {
        BudgetProcess process = lookup.process(processSlug);
        Heading heading = lookup.heading(process, headingSlug);
        Account voter = myAccount.me();
        Long ballot = ballotId(heading, voter, false);
        Set<Long> chosen = ballot == null ? Set.of() : lines(ballot, false);
        return view(process, heading, onBallot(heading), chosen);
    }

    /** Adds a project to the caller's ballot; refused over the limits. */
    public BallotView add(String processSlug, String headingSlug, long projectId) {
        return change(processSlug, headingSlug, chosen -> {
            Set<Long> next = new LinkedHashSet<>(chosen);
            next.add(projectId);
            return next;
        });
    }

    /** Takes a project off the caller's ballot. */
    public BallotView remove(String processSlug, String headingSlug, long projectId) {
        return change(processSlug, headingSlug, chosen -> {
            Set<Long> next = new LinkedHashSet<>(chosen);
            next.remove(projectId);
            return next;
        });
    }

    /** Replaces the caller's choice for the heading with these projects (the plain form sends them all at once). */
    public BallotView replace(String processSlug, String headingSlug, Set<Long> projectIds) {
        Set<Long> wanted = projectIds == null ? Set.of() : new LinkedHashSet<>(projectIds);
        return change(processSlug, headingSlug, chosen -> wanted);
    }

    private BallotView change(String processSlug, String headingSlug, Function<Set<Long>, Set<Long>> edit) {
        BudgetProcess process = lookup.process(processSlug);
        if (process.getPhase() != BudgetPhase.VOTING) {
            throw new WrongBudgetPhase("budget.ballot.closed");
        }
        Heading heading = lookup.heading(process, headingSlug);
        Account voter = myAccount.me();
        eligible(process, heading, voter);
        long ballot = ballotId(heading, voter, true);
        Set<Long> chosen = lines(ballot, true);
        Set<Long> wanted = edit.apply(chosen);
        List<BudgetProject> projects = onBallot(heading);
        Map<Long, BudgetProject> byId = projects.stream().collect(Collectors.toMap(BudgetProject::getId, p -> p));
        long cost = 0;
        for (Long id : wanted) {
            BudgetProject project = byId.get(id);
            if (project == null) {
                throw new BallotRefused("budget.ballot.notOnBallot", id);
            }
            cost += project.getBallotCost();
        }
        BallotLimits.check(process.ballotRules(), heading.getAmount(), cost, wanted.size());
        Set<Long> removed = new HashSet<>(chosen);
        removed.removeAll(wanted);
        Set<Long> added = new LinkedHashSet<>(wanted);
        added.removeAll(chosen);
        for (Long id : removed) {
            em.createNativeQuery("DELETE FROM bud_ballot_line WHERE ballot_id = ? AND project_id = ?")
                    .setParameter(1, ballot).setParameter(2, id).executeUpdate();
        }
        for (Long id : added) {
            em.createNativeQuery("INSERT INTO bud_ballot_line (ballot_id, project_id) VALUES (?, ?)")
                    .setParameter(1, ballot).setParameter(2, id).executeUpdate();
        }
        em.createNativeQuery("UPDATE bud_ballot SET changed_at = ? WHERE id = ?")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, ballot).executeUpdate();
        return view(process, heading, projects, wanted);
    }

    private void eligible(BudgetProcess process, Heading heading, Account voter) {
        if (voter.getAssurance().ordinal() < process.getMinAssurance().ordinal()) {
            throw new NotEligibleToVote("budget.ballot.assurance");
        }
        if (heading.getRegion() != null && (voter.getRegion() == null
                || !regions.idsWithin(heading.getRegion().getCode()).contains(voter.getRegion().getId()))) {
            throw new NotEligibleToVote("budget.ballot.region", heading.getRegion().getName());
        }
    }

    /**
     * The voter's ballot row, locked until the transaction ends; with {@code create} the row is made first (the
     * unique key keeps it one per voter and heading, also when two requests make it at once).
     */
    private Long ballotId(Heading heading, Account voter, boolean create) {
        if (create) {
            Timestamp now = Timestamp.from(clock.instant());
            em.createNativeQuery("""
                            INSERT IGNORE INTO bud_ballot (heading_id, voter_key, region_id, created_at, changed_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .setParameter(1, heading.getId())
                    .setParameter(2, voter.getKey())
                    .setParameter(3, voter.getRegion() == null ? null : voter.getRegion().getId())
                    .setParameter(4, now)
                    .setParameter(5, now)
                    .executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM bud_ballot WHERE heading_id = ? AND voter_key = ?"
                        + (create ? " FOR UPDATE" : ""))
                .setParameter(1, heading.getId())
                .setParameter(2, voter.getKey())
                .getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    /**
     * The ballot's projects; {@code locking} reads the latest committed lines (a locking read), not the
     * transaction's snapshot, so a change made by another tab a moment ago is seen.
     */
    private Set<Long> lines(long ballot, boolean locking) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT project_id FROM bud_ballot_line WHERE ballot_id = ?"
                        + (locking ? " FOR UPDATE" : ""))
                .setParameter(1, ballot).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<BudgetProject> onBallot(Heading heading) {
        return em.createQuery("""
                        SELECT p FROM BudgetProject p WHERE p.heading = :heading AND p.state = :state
                        ORDER BY p.title, p.id""", BudgetProject.class)
                .setParameter("heading", heading)
                .setParameter("state", ProjectState.FEASIBLE)
                .getResultList();
    }

    private static BallotView view(BudgetProcess process, Heading heading, List<BudgetProject> projects,
                                   Set<Long> chosen) {
        long spent = projects.stream().filter(p -> chosen.contains(p.getId())).mapToLong(BudgetProject::getBallotCost)
                .sum();
        return new BallotView(process, heading, projects, Set.copyOf(chosen), spent, chosen.size(),
                BallotLimits.counts(process.ballotRules(), heading.getAmount(), spent, chosen.size()));
    }
}
