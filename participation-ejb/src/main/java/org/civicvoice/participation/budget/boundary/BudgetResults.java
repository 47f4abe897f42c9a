package org.civicvoice.participation.budget.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.budget.control.BudgetLookup;
import org.civicvoice.participation.budget.control.ResultCounting;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.HeadingResult;
import org.civicvoice.participation.budget.entity.TurnoutFigure;
import org.civicvoice.participation.budget.entity.WrongBudgetPhase;
import org.civicvoice.participation.shared.Roles;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The results of a process, published when the results phase begins: per heading the projects selected by the
 * process's rule and its whole computation, and the turnout by region and by day. Before that, nothing of the
 * votes is shown, so that early counts do not sway the voting.
 */
@Stateless
@PermitAll
public class BudgetResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetLookup lookup;

    @Inject
    ResultCounting counting;

    @Inject
    Clock clock;

    public List<HeadingResult> results(String processSlug) {
        BudgetProcess process = published(processSlug);
        return counting.results(process);
    }

    /** Counts again (an official, for example after a ballot was annulled); the same ballots give the same result. */
    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public List<HeadingResult> recount(String processSlug) {
        BudgetProcess process = published(processSlug);
        lookup.official(process);
        counting.countAll(process, clock.instant());
        return counting.results(process);
    }

    /** Ballots per region of the voters (null: no region given), over all headings. */
    public List<TurnoutFigure> turnoutByRegion(String processSlug) {
        BudgetProcess process = published(processSlug);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT r.code, COUNT(*) FROM bud_ballot b JOIN bud_heading h ON h.id = b.heading_id
                        LEFT JOIN org_region r ON r.id = b.region_id WHERE h.process_id = ?
                        GROUP BY r.code ORDER BY COUNT(*) DESC""")
                .setParameter(1, process.getId())
                .getResultList();
        return rows.stream().map(r -> new TurnoutFigure((String) r[0], null, ((Number) r[1]).longValue())).toList();
    }

    /** Ballots first filled per day, over all headings. */
    public List<TurnoutFigure> turnoutByDay(String processSlug) {
        BudgetProcess process = published(processSlug);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DATE(b.created_at), COUNT(*) FROM bud_ballot b JOIN bud_heading h ON h.id = b.heading_id
                        WHERE h.process_id = ? GROUP BY DATE(b.created_at) ORDER BY DATE(b.created_at)""")
                .setParameter(1, process.getId())
                .getResultList();
        return rows.stream().map(r -> new TurnoutFigure(null, day(r[0]), ((Number) r[1]).longValue())).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : LocalDate.parse(value.toString());
    }

    private BudgetProcess published(String processSlug) {
        BudgetProcess process = lookup.process(processSlug);
        if (process.getPhase().ordinal() < BudgetPhase.RESULTS.ordinal()) {
            throw new WrongBudgetPhase("budget.results.notYet");
        }
        return process;
    }
}
