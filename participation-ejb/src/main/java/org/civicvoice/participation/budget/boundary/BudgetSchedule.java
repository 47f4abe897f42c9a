package org.civicvoice.participation.budget.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.budget.control.PhaseChanges;
import org.civicvoice.participation.budget.control.ResultCounting;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.platform.boundary.SchemaMigration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Moves processes into their next phase when its date has come: review at {@code review_at}, voting at
 * {@code voting_at}, results at {@code results_at} (which counts the ballots). Each move is claimed with a
 * conditional update, so it happens once even with several nodes scanning; the execution phase starts by hand.
 */
@Stateless
@PermitAll
public class BudgetSchedule {

    static final int CLAIM_BATCH = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    PhaseChanges phases;

    @Inject
    ResultCounting counting;

    @Inject
    SchemaMigration schema;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void scheduledScan() {
        scan();
    }

    /** Answers how many phase changes this run made. */
    public int scan() {
        if (!schema.isMigrated()) {
            return 0;
        }
        Instant now = clock.instant();
        return move(BudgetPhase.PROPOSALS, "review_at", now) + move(BudgetPhase.REVIEW, "voting_at", now)
                + move(BudgetPhase.VOTING, "results_at", now) + countMissing(now);
    }

    /**
     * Counts the results of processes past voting that have a heading without a result (data loaded in bulk, or a
     * count that failed): counting is deterministic, so two nodes counting at once store the same result.
     */
    private int countMissing(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("""
                        SELECT DISTINCT p.id FROM bud_process p JOIN bud_heading h ON h.process_id = p.id
                        LEFT JOIN bud_result r ON r.heading_id = h.id
                        WHERE p.phase IN ('RESULTS', 'EXECUTION') AND r.heading_id IS NULL""")
                .setMaxResults(CLAIM_BATCH)
                .getResultList();
        for (Number id : due) {
            counting.countAll(em.find(BudgetProcess.class, id.longValue()), now);
        }
        return due.size();
    }

    private int move(BudgetPhase from, String dateColumn, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM bud_process WHERE phase = ? AND " + dateColumn
                        + " <= ? ORDER BY " + dateColumn)
                .setParameter(1, from.name())
                .setParameter(2, Timestamp.from(now))
                .setMaxResults(CLAIM_BATCH)
                .getResultList();
        int moved = 0;
        for (Number id : due) {
            int claimed = em.createNativeQuery("UPDATE bud_process SET phase = ?, version = version + 1 WHERE id = ? AND phase = ? AND "
                            + dateColumn + " <= ?")
                    .setParameter(1, from.next().name())
                    .setParameter(2, id.longValue())
                    .setParameter(3, from.name())
                    .setParameter(4, Timestamp.from(now))
                    .executeUpdate();
            if (claimed == 1) {
                BudgetProcess process = em.find(BudgetProcess.class, id.longValue());
                em.refresh(process);
                phases.entered(process, from.next(), now);
                moved++;
            }
        }
        return moved;
    }
}
