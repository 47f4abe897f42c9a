package org.civicvoice.participation.routing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.platform.boundary.SchemaMigration;
import org.civicvoice.participation.routing.control.CaseHistory;
import org.civicvoice.participation.routing.control.CaseLookup;
import org.civicvoice.participation.routing.control.CaseNotices;
import org.civicvoice.participation.routing.control.WorkingDayCalendar;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseEventKind;
import org.civicvoice.participation.routing.entity.Commitment;
import org.civicvoice.participation.shared.KeyedText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reminders and escalations of cases, and the watch over the commitments of published answers. Due moments live in the case's columns ({@code remind_at}, {@code escalate_at});
 * every five seconds a scan finds what is due and claims each step with a conditional update, so a step happens
 * once, also after a restart and with several nodes scanning. An overdue case first goes to the head of its
 * body (the body's administrators), and if still unanswered some working days later to the parent body (or the
 * coordinating body), which then oversees it. A commitment's owner body is reminded some days before its due
 * date ({@code reminded_at}), and a commitment still open after that date is marked overdue on the case's public
 * history ({@code overdue_at}), each claimed once the same way.
 */
@Stateless
@PermitAll
public class CaseSchedule {

    private static final int BATCH = 100;
    private static final String OPEN = "('NEW', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_APPROVAL')";
    /** Commitments are followed up once the answer that makes them is published. */
    private static final String ANSWERED = "('ANSWERED', 'CLOSED')";

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseHistory history;

    @Inject
    CaseNotices notices;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    CaseLookup lookup;

    @Inject
    SchemaMigration schema;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "participation.routing.coordinating-body", defaultValue = "government")
    String coordinatingBody;

    /** Calendar days before a commitment's due date that its owner body is reminded. */
    @Inject
    @ConfigProperty(name = "participation.routing.commitment-reminder-days", defaultValue = "7")
    int commitmentReminderDays;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void scan() {
        if (!schema.isMigrated()) {
            return;
        }
        Instant now = clock.instant();
        remindDue(now);
        escalateDue(now);
        remindCommitmentsDue(now);
        markCommitmentsOverdue(now);
    }

    private int remindDue(Instant now) {
        List<Long> due = dueIds("remind_at", now);
        int reminded = 0;
        for (Long id : due) {
            int claimed = em.createNativeQuery("UPDATE rte_case SET remind_at = NULL WHERE id = ? AND remind_at <= ?"
                            + " AND state IN " + OPEN)
                    .setParameter(1, id)
                    .setParameter(2, Timestamp.from(now))
                    .executeUpdate();
            if (claimed == 1) {
                Case routedCase = fresh(id);
                history.record(routedCase, CaseEventKind.REMINDED, now, null, routedCase.getBody(), null);
                notices.reminder(routedCase);
                reminded++;
            }
        }
        return reminded;
    }

    private int escalateDue(Instant now) {
        List<Long> due = dueIds("escalate_at", now);
        int escalated = 0;
        for (Long id : due) {
            Case routedCase = fresh(id);
            int level = routedCase.getEscalationLevel();
            Body target;
            Body oversight = routedCase.getOversightBody();
            Instant next;
            if (level == 0) {
                target = routedCase.getBody();
                int days = calendar.deadlineFor(routedCase.getType(), routedCase.getBody()).escalationDays();
                next = calendar.dueAfter(routedCase.getDueAt().minusNanos(1), days);
            } else {
                target = overseerOf(routedCase.getBody());
                oversight = target;
                next = null;
            }
            int claimed = em.createNativeQuery("UPDATE rte_case SET escalation_level = ?, escalate_at = ?,"
                            + " oversight_body_id = ? WHERE id = ? AND escalation_level = ? AND escalate_at <= ?"
                            + " AND state IN " + OPEN)
                    .setParameter(1, level + 1)
                    .setParameter(2, next == null ? null : Timestamp.from(next))
                    .setParameter(3, oversight == null ? null : oversight.getId())
                    .setParameter(4, id)
                    .setParameter(5, level)
                    .setParameter(6, Timestamp.from(now))
                    .executeUpdate();
            if (claimed == 1 && target != null) {
                em.refresh(routedCase);
                String dueDay = DateTimeFormatter.ISO_LOCAL_DATE.format(
                        routedCase.getDueAt().minusNanos(1).atZone(calendar.zone()));
                history.record(routedCase, CaseEventKind.ESCALATED, now, null, target, level == 0
                        ? KeyedText.of("routing.history.escalatedToHead", dueDay, target.named())
                        : KeyedText.of("routing.history.escalatedFurther", target.named()), null);
                notices.escalated(routedCase, target);
                escalated++;
            }
        }
        return escalated;
    }

    /** Open commitments due within the reminder days (and not yet past their date): their owners hear once. */
    private int remindCommitmentsDue(Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        LocalDate horizon = today.plusDays(Math.max(0, commitmentReminderDays));
        List<Long> due = commitmentIds("m.reminded_at IS NULL AND m.due_on BETWEEN ? AND ?", today, horizon);
        int reminded = 0;
        for (Long id : due) {
            int claimed = em.createNativeQuery("UPDATE rte_commitment SET reminded_at = ? WHERE id = ?"
                            + " AND reminded_at IS NULL AND state = 'OPEN' AND due_on BETWEEN ? AND ?")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, id)
                    .setParameter(3, Date.valueOf(today))
                    .setParameter(4, Date.valueOf(horizon))
                    .executeUpdate();
            if (claimed == 1) {
                notices.commitmentReminder(freshCommitment(id));
                reminded++;
            }
        }
        return reminded;
    }

    /** Open commitments whose due date has passed: marked overdue once, on the case's public history. */
    private int markCommitmentsOverdue(Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        List<Long> due = commitmentIds("m.overdue_at IS NULL AND m.due_on < ?", today);
        int marked = 0;
        for (Long id : due) {
            int claimed = em.createNativeQuery("UPDATE rte_commitment SET overdue_at = ? WHERE id = ?"
                            + " AND overdue_at IS NULL AND state = 'OPEN' AND due_on < ?")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, id)
                    .setParameter(3, Date.valueOf(today))
                    .executeUpdate();
            if (claimed == 1) {
                Commitment commitment = freshCommitment(id);
                history.record(commitment.getCase(), CaseEventKind.COMMITMENT_OVERDUE, now, null,
                        commitment.getOwner(), commitment.getAction() + " (" + commitment.getDueOn() + ")");
                marked++;
            }
        }
        return marked;
    }

    /** The parent body; for a body without one, the coordinating body (none if the body is the coordinator). */
    private Body overseerOf(Body body) {
        if (body.getParent() != null) {
            return body.getParent();
        }
        Body coordinator = lookup.body(coordinatingBody);
        return coordinator.getId().equals(body.getId()) ? null : coordinator;
    }

    @SuppressWarnings("unchecked")
    private List<Long> dueIds(String column, Instant now) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM rte_case WHERE " + column + " <= ? AND state IN "
                        + OPEN + " ORDER BY " + column + " LIMIT " + BATCH)
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Long> commitmentIds(String condition, LocalDate... days) {
        var query = em.createNativeQuery("SELECT m.id FROM rte_commitment m JOIN rte_case c ON c.id = m.case_id"
                + " WHERE m.state = 'OPEN' AND " + condition + " AND c.state IN " + ANSWERED
                + " ORDER BY m.due_on, m.id LIMIT " + BATCH);
        for (int i = 0; i < days.length; i++) {
            query.setParameter(i + 1, Date.valueOf(days[i]));
        }
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private Commitment freshCommitment(long id) {
        Commitment commitment = em.find(Commitment.class, id);
        em.refresh(commitment);
        return commitment;
    }

    private Case fresh(long id) {
        Case routedCase = em.find(Case.class, id);
        em.refresh(routedCase);
        return routedCase;
    }
}
