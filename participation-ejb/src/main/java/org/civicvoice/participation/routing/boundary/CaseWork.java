package org.civicvoice.participation.routing.boundary;

import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.shared.KeyedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AccountKey;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.routing.control.CaseHistory;
import org.civicvoice.participation.routing.control.CaseLookup;
import org.civicvoice.participation.routing.control.CaseNotices;
import org.civicvoice.participation.routing.entity.Answer;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseChangedMeanwhile;
import org.civicvoice.participation.routing.entity.CaseEventKind;
import org.civicvoice.participation.routing.entity.CaseFile;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.CaseQuery;
import org.civicvoice.participation.routing.entity.CaseState;
import org.civicvoice.participation.routing.entity.Commitment;
import org.civicvoice.participation.routing.entity.CommitmentState;
import org.civicvoice.participation.routing.entity.DueFilter;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;
import org.civicvoice.participation.routing.entity.QueueCounts;
import org.civicvoice.participation.routing.entity.UnknownCase;
import org.civicvoice.participation.routing.entity.WrongCaseState;
import org.civicvoice.participation.shared.ResultPage;
import org.civicvoice.participation.shared.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The officials' side of a case: the work queue, claiming and assigning, transfers, internal notes, the answer
 * under four eyes, commitments and closing. Every action checks that the caller acts in the case's body (or in
 * the body overseeing it after an escalation); platform administrators act everywhere.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
public class CaseWork {

    private static final Set<CaseState> OPEN_STATES = CaseState.OPEN;
    private static final Set<BodyRole> ANSWERING = CaseLookup.ANSWERING;
    private static final Set<BodyRole> APPROVING = CaseLookup.APPROVING;
    private static final Set<BodyRole> ASSIGNING = CaseLookup.ASSIGNING;
    static final Duration DUE_SOON = Duration.ofDays(3);
    public static final int NOTE_LENGTH = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Officials officials;

    @Inject
    CaseHistory history;

    @Inject
    CaseNotices notices;

    @Inject
    CaseLookup lookup;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "participation.routing.max-transfers", defaultValue = "3")
    int maxTransfers;

    @Inject
    @ConfigProperty(name = "participation.routing.coordinating-body", defaultValue = "government")
    String coordinatingBody;

    /**
     * One page of a body's queue, the most urgent first. The body is compared by id on both foreign keys, so
     * the database reads the queue index (body, state, due date) and the oversight index, not every case.
     */
    public ResultPage<Case> queue(CaseQuery query) {
        Account caller = actingIn(List.of(query.body()), ANSWERING);
        Body body = lookup.body(query.body().value());
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" WHERE (c.body = :body OR c.oversightBody = :body)");
        where.append(query.state() == null ? " AND c.state IN :states" : " AND c.state = :state");
        if (query.type() != null) {
            where.append(" AND c.type = :type");
        }
        if (query.due() == DueFilter.OVERDUE) {
            where.append(" AND c.dueAt < :now");
        } else if (query.due() == DueFilter.DUE_SOON) {
            where.append(" AND c.dueAt >= :now AND c.dueAt < :soon");
        }
        if (query.mine()) {
            where.append(" AND c.assignee = :me");
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM RoutedCase c" + where, Long.class);
        TypedQuery<Case> page = em.createQuery("SELECT c FROM RoutedCase c" + where + " ORDER BY c.dueAt, c.id",
                Case.class);
        for (TypedQuery<?> q : List.of(count, page)) {
            q.setParameter("body", body);
            if (query.state() == null) {
                q.setParameter("states", OPEN_STATES);
            } else {
                q.setParameter("state", query.state());
            }
            if (query.type() != null) {
                q.setParameter("type", query.type());
            }
            if (query.due() != DueFilter.ANY) {
                q.setParameter("now", now);
            }
            if (query.due() == DueFilter.DUE_SOON) {
                q.setParameter("soon", now.plus(DUE_SOON));
            }
            if (query.mine()) {
                q.setParameter("me", caller);
            }
        }
        int size = ResultPage.clampSize(query.size());
        List<Case> items = page.setFirstResult(query.first()).setMaxResults(size).getResultList();
        return new ResultPage<>(items, count.getSingleResult(), query.first(), size);
    }

    /** How many of the body's cases (and of those it oversees) are in each state; every state has its entry. */
    public Map<CaseState, Long> countsByState(BodySlug slug) {
        actingIn(List.of(slug), ANSWERING);
        Body body = lookup.body(slug.value());
        Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        for (CaseState state : CaseState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("""
                        SELECT c.state, COUNT(c) FROM RoutedCase c
                        WHERE c.body = :body OR c.oversightBody = :body GROUP BY c.state""", Object[].class)
                .setParameter("body", body)
                .getResultStream()
                .forEach(row -> counts.put((CaseState) row[0], (Long) row[1]));
        return counts;
    }

    /** The body's counts by state and its overdue open cases, read in one transaction. */
    public QueueCounts counts(BodySlug body) {
        return new QueueCounts(countsByState(body), overdue(body));
    }

    /** Open cases of the body past their due date. */
    public long overdue(BodySlug slug) {
        actingIn(List.of(slug), ANSWERING);
        return em.createQuery("""
                        SELECT COUNT(c) FROM RoutedCase c
                        WHERE (c.body = :body OR c.oversightBody = :body) AND c.state IN :open AND c.dueAt < :now""",
                        Long.class)
                .setParameter("body", lookup.body(slug.value()))
                .setParameter("open", OPEN_STATES)
                .setParameter("now", clock.instant())
                .getSingleResult();
    }

    public CaseFile file(CaseNumber number) {
        Case routedCase = load(number);
        Account caller = actor(routedCase, ANSWERING);
        Answer answer = em.find(Answer.class, routedCase.getId());
        List<Commitment> commitments = em.createQuery(
                        "SELECT m FROM Commitment m WHERE m.routedCase = :c ORDER BY m.dueOn, m.id", Commitment.class)
                .setParameter("c", routedCase).getResultList();
        boolean mayAssign = officials.actingIn(scope(routedCase), ASSIGNING).isPresent();
        boolean mayApprove = officials.actingIn(scope(routedCase), APPROVING).isPresent()
                && answer != null && answer.getSubmittedAt() != null
                && !caller.getId().equals(answer.getDraftedBy().getId())
                && (answer.getSubmittedBy() == null || !caller.getId().equals(answer.getSubmittedBy().getId()));
        return new CaseFile(routedCase, history.of(routedCase), answer, commitments, mayAssign, mayApprove);
    }

    /** The caller takes a case from the queue. */
    public void claim(CaseNumber number) {
        Case routedCase = load(number);
        Account caller = actor(routedCase, ANSWERING);
        routedCase.assignTo(caller);
        history.record(routedCase, CaseEventKind.CLAIMED, clock.instant(), caller, routedCase.getBody(), null);
    }

    /** A body administrator gives the case to an official of the body. */
    public void assign(CaseNumber number, AccountKey official) {
        Case routedCase = load(number);
        Account caller = actor(routedCase, ASSIGNING);
        Account assignee = officials.member(new BodySlug(routedCase.getBody().getSlug()), official, ANSWERING)
                .orElseThrow(() -> new InvalidCaseInput("assignee"));
        routedCase.assignTo(assignee);
        history.record(routedCase, CaseEventKind.ASSIGNED, clock.instant(), caller, routedCase.getBody(),
                assignee.getDisplayName());
    }

    /**
     * Hands the case to another body, with a reason that the public timeline shows. A case transferred more
     * often than allowed goes to the coordinating body instead, which then decides.
     */
    public void transfer(CaseNumber number, BodySlug target, String reason) {
        Case routedCase = load(number);
        Account caller = actor(routedCase, ANSWERING);
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new InvalidCaseInput("reason");
        }
        Body to = lookup.body(target.value());
        Instant now = clock.instant();
        if (routedCase.getTransfers() >= maxTransfers && !to.getSlug().equals(coordinatingBody)) {
            Body coordinator = lookup.body(coordinatingBody);
            if (!coordinator.getId().equals(routedCase.getBody().getId())) {
                routedCase.transferTo(coordinator);
                history.record(routedCase, CaseEventKind.TRANSFERRED, now, caller, coordinator, reason.strip()
                        + " (after " + maxTransfers + " transfers the coordinating body decides)");
                notices.arrived(routedCase, coordinator);
                return;
            }
        }
        routedCase.transferTo(to);
        history.record(routedCase, CaseEventKind.TRANSFERRED, now, caller, to, reason.strip());
        notices.arrived(routedCase, to);
    }

    /** An internal note: officials see it, the public never does. */
    public void note(CaseNumber number, String text) {
        Case routedCase = load(number);
        Account caller = actor(routedCase, ANSWERING);
        if (text == null || text.isBlank() || text.strip().length() > NOTE_LENGTH) {
            throw new InvalidCaseInput("note");
        }
        history.record(routedCase, CaseEventKind.NOTE, clock.instant(), caller, null, text.strip());
    }

    /**
     * Writes or rewrites the draft answer. {@code expectedVersion} is the answer version the caller saw (null
     * for a first draft): a draft changed meanwhile by a colleague is not overwritten.
     */
    public void draftAnswer(CaseNumber number, String text, Long expectedVersion) {
        Case routedCase = load(number);
        Account caller = actor(routedCase, ANSWERING);
        Instant now = clock.instant();
        Answer answer = em.find(Answer.class, routedCase.getId());
        if (answer == null) {
            if (expectedVersion != null) {
                throw new CaseChangedMeanwhile();
            }
            answer = new Answer(routedCase.getId(), text, caller, now);
            em.persist(answer);
        } else {
            if (expectedVersion == null || expectedVersion != answer.getVersion()) {
                throw new CaseChangedMeanwhile();
            }
            if (routedCase.getState() == CaseState.AWAITING_APPROVAL) {
                throw new WrongCaseState(routedCase.getState().name());
            }
            answer.redraft(text, caller, now);
        }
        routedCase.startWork();
        history.record(routedCase, CaseEventKind.ANSWER_DRAFTED, now, caller, null, null);
    }

    /** Sends the draft to a second official for approval. */
    public void submitAnswer(CaseNumber number) {
        Case routedCase = load(number);
        Account caller = actor(routedCase, ANSWERING);
        Answer answer = em.find(Answer.class, routedCase.getId());
        if (answer == null) {
            throw new InvalidCaseInput("answer");
        }
        routedCase.submitForApproval();
        answer.submit(caller, clock.instant());
        history.record(routedCase, CaseEventKind.SUBMITTED, clock.instant(), caller, null, null);
    }

    /** The approver sends the answer back with a note. */
    public void returnAnswer(CaseNumber number, String note) {
        Case routedCase = load(number);
        Account caller = actor(routedCase, APPROVING);
        Answer answer = em.find(Answer.class, routedCase.getId());
        if (note == null || note.isBlank() || note.strip().length() > NOTE_LENGTH) {
            throw new InvalidCaseInput("note");
        }
        routedCase.returnForChanges();
        answer.returned();
        history.record(routedCase, CaseEventKind.RETURNED, clock.instant(), caller, null, note.strip());
    }

    /**
     * A second official with approving rights accepts the answer: it is published on the item's public page,
     * its commitments become public follow-ups, and followers hear of it.
     */
    public void approveAnswer(CaseNumber number) {
        Case routedCase = load(number);
        Account approver = actor(routedCase, APPROVING);
        Answer answer = em.find(Answer.class, routedCase.getId());
        if (answer == null) {
            throw new WrongCaseState(routedCase.getState().name());
        }
        Instant now = clock.instant();
        answer.approve(approver, now);
        routedCase.answered(now);
        history.record(routedCase, CaseEventKind.ANSWERED, now, approver, routedCase.getBody(), answer.getText());
        for (Commitment commitment : em.createQuery(
                        "SELECT m FROM Commitment m WHERE m.routedCase = :c ORDER BY m.dueOn, m.id", Commitment.class)
                .setParameter("c", routedCase).getResultList()) {
            history.record(routedCase, CaseEventKind.COMMITMENT_MADE, now, approver, commitment.getOwner(),
                    commitment.getAction() + " (" + commitment.getDueOn() + ")");
        }
    }

    /** A commitment the answer will make: an action, the body that owns it (none: the case's body), by when. */
    public Commitment commit(CaseNumber number, String action, BodySlug owner, LocalDate dueOn) {
        Case routedCase = load(number);
        actor(routedCase, ANSWERING);
        if (!routedCase.getState().isOpen() || routedCase.getState() == CaseState.AWAITING_APPROVAL) {
            throw new WrongCaseState(routedCase.getState().name());
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))) {
            throw new InvalidCaseInput("commitment.due");
        }
        Body ownerBody = owner == null ? routedCase.getBody() : lookup.body(owner.value());
        Commitment commitment = new Commitment(routedCase, action, ownerBody, dueOn, clock.instant());
        em.persist(commitment);
        return commitment;
    }

    /** Takes a commitment out of the answer being written; only the case's body, and not while it awaits approval. */
    public void withdrawCommitment(long commitmentId) {
        Commitment commitment = commitment(commitmentId);
        Case routedCase = commitment.getCase();
        actor(routedCase, ANSWERING);
        if (!routedCase.getState().isOpen() || routedCase.getState() == CaseState.AWAITING_APPROVAL) {
            throw new WrongCaseState(routedCase.getState().name());
        }
        em.remove(commitment);
    }

    /** After the answer, the body owning a commitment (or the answering body) marks it done or dropped, in public. */
    public void settle(long commitmentId, CommitmentState outcome) {
        Commitment commitment = commitment(commitmentId);
        Case routedCase = commitment.getCase();
        List<BodySlug> scope = new ArrayList<>(scope(routedCase));
        scope.add(new BodySlug(commitment.getOwner().getSlug()));
        Account caller = actingIn(scope, ANSWERING);
        if (routedCase.getState().isOpen()) {
            throw new WrongCaseState(routedCase.getState().name());
        }
        Instant now = clock.instant();
        commitment.settle(outcome, now);
        history.record(routedCase, outcome == CommitmentState.DONE ? CaseEventKind.COMMITMENT_DONE
                : CaseEventKind.COMMITMENT_DROPPED, now, caller, commitment.getOwner(), commitment.getAction());
    }

    private Commitment commitment(long commitmentId) {
        Commitment commitment = em.find(Commitment.class, commitmentId);
        if (commitment == null) {
            throw new UnknownCase("commitment " + commitmentId);
        }
        return commitment;
    }

    /**
     * A step a feature makes on one of its open cases through its own work (a hearing scheduled, an outcome
     * recorded), by an official answering for the case's body: on the case's history and, when public, handed to
     * the feature owning the item like every step. A step that {@code decides} the case answers it.
     *
     * @param expected    the type of case the step belongs to; another is refused
     * @param explanation what the platform says of the step, in the reader's language (or null)
     * @param text        what the official wrote (or null)
     * @param concerning  the body the step concerns, when not the case's own (a ministry referred to)
     */
    public Case recordStep(CaseNumber number, CaseType expected, CaseEventKind kind, KeyedText explanation,
                           String text, BodySlug concerning, boolean decides) {
        Case routedCase = load(number);
        if (!routedCase.getType().equals(expected)) {
            throw new WrongCaseState(routedCase.getType().name());
        }
        if (!routedCase.getState().isOpen()) {
            throw new WrongCaseState(routedCase.getState().name());
        }
        Account caller = actor(routedCase, ANSWERING);
        Instant now = clock.instant();
        if (decides) {
            routedCase.decided(now);
        } else if (routedCase.getState() != CaseState.IN_PROGRESS) {
            routedCase.startWork();
        }
        Body body = concerning == null ? routedCase.getBody() : lookup.body(concerning.value());
        history.record(routedCase, kind, now, caller, body, explanation, text);
        return routedCase;
    }

    /** Closes an answered case. */
    public void close(CaseNumber number) {
        Case routedCase = load(number);
        Account caller = actor(routedCase, ANSWERING);
        Instant now = clock.instant();
        routedCase.close(now);
        history.record(routedCase, CaseEventKind.CLOSED, now, caller, routedCase.getBody(), null);
    }

    private Case load(CaseNumber number) {
        return lookup.load(number);
    }

    private Account actor(Case routedCase, Set<BodyRole> roles) {
        return lookup.actor(routedCase, roles);
    }

    private Account actingIn(List<BodySlug> bodies, Set<BodyRole> roles) {
        return lookup.actingIn(bodies, roles);
    }

    private static List<BodySlug> scope(Case routedCase) {
        return CaseLookup.scope(routedCase);
    }
}
