package org.civicvoice.participation.routing.boundary;

import org.civicvoice.participation.routing.entity.RuleVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.routing.control.CaseHistory;
import org.civicvoice.participation.routing.control.CaseLookup;
import org.civicvoice.participation.routing.control.CaseNotices;
import org.civicvoice.participation.routing.control.RoutingPolicy;
import org.civicvoice.participation.routing.control.WorkingDayCalendar;
import org.civicvoice.participation.routing.entity.Answer;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseEventKind;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.CaseState;
import org.civicvoice.participation.routing.entity.CaseRequest;
import org.civicvoice.participation.routing.entity.CaseRequested;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.Commitment;
import org.civicvoice.participation.routing.entity.ItemRef;
import org.civicvoice.participation.routing.entity.PublicAnswer;
import org.civicvoice.participation.routing.entity.QueueSetting;
import org.civicvoice.participation.routing.entity.Routing;
import org.civicvoice.participation.shared.KeyedText;
import org.civicvoice.participation.shared.ReaderLanguage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns items that need an answer into cases: routes each by the rules to a body, sets its due date in working
 * days, records the step on the public trace, hands it to the least-loaded official where the body wants that,
 * and tells the body. A feature asks with {@link #request} in its own transaction; the case is opened after that
 * commits ({@link CaseRequests}), so routing never rolls back or holds up the feature's work.
 */
@Stateless
@PermitAll
public class CaseRouting {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReaderLanguage reader;

    @Inject
    RoutingPolicy policy;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    CaseHistory history;

    @Inject
    CaseNotices notices;

    @Inject
    Officials officials;

    @Inject
    CaseLookup lookup;

    @Inject
    CaseTypes caseTypes;

    @Inject
    Topics topics;

    @Inject
    Regions regions;

    @Inject
    Event<CaseRequested> requested;

    @Inject
    Clock clock;

    /**
     * The one call a feature makes when one of its items needs an answer from a body: written in the caller's
     * transaction, routed after it commits. Asking again for the same item and case type changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void request(CaseRequest request) {
        caseTypes.require(request.type(), request.item().kind());
        Instant now = clock.instant();
        String title = request.title().strip();
        em.createNativeQuery("""
                        INSERT INTO rte_case_request (case_type, item_kind, item_id, title, item_link, topic_slug,
                                                      region_code, body_slug, referral_key, referral_args,
                                                      requested_at, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE id = id""")
                .setParameter(1, request.type().name())
                .setParameter(2, request.item().kind().name())
                .setParameter(3, request.item().id())
                .setParameter(4, title.length() > Case.TITLE_LENGTH ? title.substring(0, Case.TITLE_LENGTH) : title)
                .setParameter(5, request.link())
                .setParameter(6, request.topicSlug())
                .setParameter(7, request.regionCode())
                .setParameter(8, request.addressedBodySlug())
                .setParameter(9, request.referral() == null ? null : request.referral().key())
                .setParameter(10, request.referral() == null ? null : request.referral().storedArguments())
                .setParameter(11, Timestamp.from(now))
                .setParameter(12, Timestamp.from(now))
                .executeUpdate();
        requested.fire(new CaseRequested(request.type(), request.item()));
    }

    /** Opens the case for the item, once: asking again for the same item and case type returns the same case. */
    public CaseNumber open(CaseRequest request) {
        Optional<Case> existing = find(request.type(), request.item());
        if (existing.isPresent()) {
            return existing.get().number();
        }
        Body addressed = lookup.body(request.addressedBodySlug());
        Topic topic = topics.bySlug(request.topicSlug()).orElse(null);
        Region region = regions.byCode(request.regionCode()).orElse(null);
        return open(request, topic, region, policy.route(request.type(), topic, region, addressed));
    }

    /**
     * Opens a case for a body chosen by a person (the committee referring a petition to a ministry), for a
     * request that carries its referral: features ask with {@link #request}, and {@link CaseRequests} calls this
     * after their transaction committed.
     */
    public CaseNumber openFor(CaseRequest request, Body body, KeyedText reason) {
        Optional<Case> existing = find(request.type(), request.item());
        if (existing.isPresent()) {
            return existing.get().number();
        }
        return open(request, null, null, new Routing(body, null, reason));
    }

    private CaseNumber open(CaseRequest request, Topic topic, Region region, Routing routing) {
        Instant now = clock.instant();
        WorkingDayCalendar.Deadline deadline = calendar.deadlineFor(request.type(), routing.body());
        Instant due = calendar.dueAfter(now, deadline.workingDays());
        Instant remind = calendar.before(due, deadline.reminderDays());
        Case routedCase = new Case(request, topic, region, routing, now, due,
                remind == null || !remind.isAfter(now) ? null : remind);
        em.persist(routedCase);
        em.flush();
        history.record(routedCase, CaseEventKind.ROUTED, now, null, routing.body(), routing.reason(), null);
        assignAutomatically(routedCase, now);
        notices.arrived(routedCase, routing.body());
        return routedCase.number();
    }

    /**
     * Where the body asks for it, gives a new case to the official with the fewest open cases (of the configured
     * position): one query for the candidates, one for their loads.
     */
    private void assignAutomatically(Case routedCase, Instant now) {
        QueueSetting setting = lookup.queueSetting(routedCase.getBody());
        if (!setting.automatic()) {
            return;
        }
        List<Account> candidates = officials.answering(new BodySlug(routedCase.getBody().getSlug()),
                setting.position());
        if (candidates.isEmpty()) {
            return;
        }
        Map<Long, Long> loads = em.createQuery("""
                        SELECT c.assignee.id, COUNT(c) FROM RoutedCase c
                        WHERE c.assignee IN :candidates AND c.state IN :open GROUP BY c.assignee.id""", Object[].class)
                .setParameter("candidates", candidates)
                .setParameter("open", CaseState.OPEN)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        Account least = candidates.stream()
                .min((a, b) -> Long.compare(loads.getOrDefault(a.getId(), 0L), loads.getOrDefault(b.getId(), 0L)))
                .orElseThrow();
        routedCase.assignTo(least);
        history.record(routedCase, CaseEventKind.ASSIGNED, now, null, routedCase.getBody(),
                KeyedText.of("routing.history.assignedAutomatically", least.getDisplayName()), null);
    }

    /**
     * The body the routing rules in force would send an item of this type, topic and region to, if a rule
     * matches: what a citizen writing to a body is offered first.
     */
    public Optional<Body> suggestedBody(CaseType type, String topicSlug, String regionCode) {
        Topic topic = topics.bySlug(topicSlug).orElse(null);
        Region region = regions.byCode(regionCode).orElse(null);
        return RoutingPolicy.bestMatch(policy.currentRules(), type, topic, region).map(RuleVersion::getBody);
    }

    /** The published answers on an item, for its public page, with their commitments. */
    public List<PublicAnswer> publicAnswers(ItemRef item) {
        List<Object[]> rows = em.createQuery("""
                        SELECT c, a FROM RoutedCase c, Answer a
                        WHERE a.caseId = c.id AND c.itemKind = :kind AND c.itemId = :id AND a.publishedAt IS NOT NULL
                        ORDER BY a.publishedAt""", Object[].class)
                .setParameter("kind", item.kind())
                .setParameter("id", item.id())
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Case> cases = rows.stream().map(row -> (Case) row[0]).toList();
        Map<Long, List<Commitment>> commitments = em.createQuery("""
                        SELECT m FROM Commitment m WHERE m.routedCase IN :cases ORDER BY m.dueOn, m.id""", Commitment.class)
                .setParameter("cases", cases)
                .getResultStream()
                .collect(Collectors.groupingBy(m -> m.getCase().getId()));
        return rows.stream().map(row -> {
            Case c = (Case) row[0];
            Answer a = (Answer) row[1];
            return new PublicAnswer(c.getType(), c.getBody().name(reader.tag()), a.getText(), a.getDraftedBy().getDisplayName(),
                    a.getApprovedBy().getDisplayName(), a.getPublishedAt(), commitments.getOrDefault(c.getId(), List.of()));
        }).toList();
    }

    /** The number of the case about the item, if one was opened. */
    public Optional<CaseNumber> caseOf(CaseType type, ItemRef item) {
        return find(type, item).map(Case::number);
    }

    private Optional<Case> find(CaseType type, ItemRef item) {
        return em.createQuery("""
                        SELECT c FROM RoutedCase c WHERE c.type = :type AND c.itemKind = :kind AND c.itemId = :id""",
                        Case.class)
                .setParameter("type", type)
                .setParameter("kind", item.kind())
                .setParameter("id", item.id())
                .getResultStream().findFirst();
    }
}
