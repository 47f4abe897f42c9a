package org.civicvoice.participation.routing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.Commitment;

import java.time.format.DateTimeFormatter;

/** The e-mails of routing, queued in the outbox of the transaction that made the step. */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class CaseNotices {

    @Inject
    Officials officials;

    @Inject
    Outbox outbox;

    @Inject
    WorkingDayCalendar calendar;

    /** A new case arrived in a body's queue (routed, transferred or referred there): its administrators hear of it. */
    public void arrived(Case routedCase, Body body) {
        toAdministrators(body, "mail.case.arrived", routedCase);
    }

    /** The due date is near: the assignee, or the body's administrators while nobody has the case. */
    public void reminder(Case routedCase) {
        Account assignee = routedCase.getAssignee();
        if (assignee != null && assignee.getEmail() != null) {
            outbox.queue(assignee.getEmail(), assignee.getLanguage(), "mail.case.reminder", arguments(routedCase));
        } else {
            toAdministrators(routedCase.getBody(), "mail.case.reminder", routedCase);
        }
    }

    /** The case is overdue: the head of the body (its administrators), then the head of the overseeing body. */
    public void escalated(Case routedCase, Body to) {
        toAdministrators(to, "mail.case.escalated", routedCase);
    }

    /** A commitment of an answer is due soon: the administrators of the body that owns it. */
    public void commitmentReminder(Commitment commitment) {
        Case routedCase = commitment.getCase();
        Object[] arguments = {routedCase.getTitle(), commitment.getOwner().getName(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(commitment.getDueOn()),
                outbox.link("/case/view.xhtml?number=" + routedCase.getId() + "#commitments"), commitment.getAction()};
        for (Officials.Recipient admin : officials.administratorsOf(new BodySlug(commitment.getOwner().getSlug()))) {
            outbox.queue(admin.email(), admin.language(), "mail.commitment.reminder", arguments);
        }
    }

    private void toAdministrators(Body body, String key, Case routedCase) {
        for (Officials.Recipient admin : officials.administratorsOf(new BodySlug(body.getSlug()))) {
            outbox.queue(admin.email(), admin.language(), key, arguments(routedCase));
        }
    }

    private Object[] arguments(Case routedCase) {
        String due = DateTimeFormatter.ISO_LOCAL_DATE.format(routedCase.getDueAt().minusNanos(1).atZone(calendar.zone()));
        return new Object[]{routedCase.getTitle(), routedCase.getBody().getName(), due,
                outbox.link("/case/view.xhtml?number=" + routedCase.getId())};
    }
}
