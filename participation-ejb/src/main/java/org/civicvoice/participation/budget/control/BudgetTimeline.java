package org.civicvoice.participation.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.budget.entity.TimelineEntry;
import org.civicvoice.participation.shared.KeyedText;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The public timeline of a process: each step a bundle key with its arguments, shown in the reader's language. */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class BudgetTimeline {

    @PersistenceContext
    EntityManager em;

    public void record(long processId, KeyedText text, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO bud_process_event (process_id, message_key, arguments, occurred_at)
                        VALUES (?, ?, ?, ?)""")
                .setParameter(1, processId)
                .setParameter(2, text.key())
                .setParameter(3, text.storedArguments())
                .setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    public List<TimelineEntry> of(long processId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT message_key, arguments, occurred_at FROM bud_process_event WHERE process_id = ?
                        ORDER BY occurred_at, id""")
                .setParameter(1, processId)
                .getResultList();
        return rows.stream().map(r -> new TimelineEntry(KeyedText.stored((String) r[0], (String) r[1]),
                ((Timestamp) r[2]).toInstant())).toList();
    }
}
