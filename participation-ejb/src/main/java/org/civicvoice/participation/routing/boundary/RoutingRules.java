package org.civicvoice.participation.routing.boundary;

import java.util.Map;
import java.util.Comparator;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.routing.control.CaseLookup;
import org.civicvoice.participation.routing.control.RoutingPolicy;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.DeadlineSetting;
import org.civicvoice.participation.routing.entity.Holiday;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;
import org.civicvoice.participation.routing.entity.Routing;
import org.civicvoice.participation.routing.entity.RoutingRule;
import org.civicvoice.participation.routing.entity.RuleDraft;
import org.civicvoice.participation.routing.entity.RuleVersion;
import org.civicvoice.participation.routing.entity.UnknownRule;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The routing rules and the holiday calendar. Officials read them (a case tells which rule routed it); platform
 * administrators edit them. An edit never changes a version: it supersedes it with a new one, so every case
 * keeps pointing at the exact rule text that routed it.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
public class RoutingRules {

    public static final int MAX_PRIORITY = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseTypes caseTypes;

    @Inject
    GovernmentBodies bodies;

    @Inject
    RoutingPolicy policy;

    @Inject
    CaseLookup lookup;

    @Inject
    MyAccount myAccount;

    @Inject
    Topics topics;

    @Inject
    Regions regions;

    @Inject
    Clock clock;

    /** The rules in force, the first to apply first. */
    public List<RuleVersion> current() {
        return policy.currentRules().stream().sorted(RoutingPolicy.PRECEDENCE).toList();
    }

    /** Every version of a rule, the newest first. */
    public List<RuleVersion> versions(long ruleNumber) {
        List<RuleVersion> versions = em.createQuery("""
                        SELECT v FROM RuleVersion v WHERE v.rule.id = :rule ORDER BY v.version DESC""", RuleVersion.class)
                .setParameter("rule", ruleNumber)
                .getResultList();
        if (versions.isEmpty()) {
            throw new UnknownRule(ruleNumber);
        }
        return versions;
    }

    /** Where an item with these properties would go now, and why. */
    public Routing preview(CaseType type, String topicSlug, String regionCode, String addressedBodySlug) {
        return policy.route(type, topic(topicSlug), region(regionCode), lookup.body(addressedBodySlug));
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public RuleVersion create(RuleDraft draft) {
        Instant now = clock.instant();
        RoutingRule rule = new RoutingRule(now);
        em.persist(rule);
        return persistVersion(rule, 1, draft, now);
    }

    /** A new version of the rule; the current one is superseded. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public RuleVersion change(long ruleNumber, RuleDraft draft) {
        RuleVersion current = currentVersion(ruleNumber);
        Instant now = clock.instant();
        current.supersede(now);
        em.flush();
        return persistVersion(current.getRule(), current.getVersion() + 1, draft, now);
    }

    /** The rule stops applying; cases it routed keep their record of it. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public void retire(long ruleNumber) {
        RuleVersion current = currentVersion(ruleNumber);
        Instant now = clock.instant();
        current.supersede(now);
        current.getRule().retire(now);
    }

    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT h FROM Holiday h WHERE h.day BETWEEN :from AND :to ORDER BY h.day", Holiday.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public void addHoliday(LocalDate day, String name) {
        if (day == null) {
            throw new InvalidCaseInput("holiday.day");
        }
        Holiday existing = em.find(Holiday.class, day);
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(new Holiday(day, name));
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public void removeHoliday(LocalDate day) {
        Holiday existing = day == null ? null : em.find(Holiday.class, day);
        if (existing != null) {
            em.remove(existing);
        }
    }

    /**
     * The deadlines in force for the registered case types: one per case type for every body, and those bodies set
     * for themselves.
     */
    public List<DeadlineSetting> deadlines() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT d.case_type, d.body_id, d.working_days, d.reminder_days, d.escalation_days
                        FROM rte_deadline d ORDER BY d.case_type, d.body_id IS NOT NULL""")
                .getResultList();
        Map<Long, Body> named = bodies.byIds(rows.stream().filter(row -> row[1] != null)
                .map(row -> ((Number) row[1]).longValue()).toList());
        return rows.stream().map(row -> new DeadlineSetting(CaseType.of((String) row[0]),
                        row[1] == null ? null : named.get(((Number) row[1]).longValue()).getSlug(),
                        ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue()))
                .filter(setting -> caseTypes.definition(setting.type()).isPresent())
                .sorted(Comparator.comparing(DeadlineSetting::type)
                        .thenComparing(DeadlineSetting::bodySlug, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** Sets a deadline (for every body, or for one); cases opened from now on get it, open cases keep theirs. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public DeadlineSetting setDeadline(DeadlineSetting setting) {
        Long bodyId = setting.bodySlug() == null ? null : lookup.body(setting.bodySlug()).getId();
        int updated = em.createNativeQuery("""
                        UPDATE rte_deadline SET working_days = ?, reminder_days = ?, escalation_days = ?
                        WHERE case_type = ? AND body_id <=> ?""")
                .setParameter(1, setting.workingDays())
                .setParameter(2, setting.reminderDays())
                .setParameter(3, setting.escalationDays())
                .setParameter(4, setting.type().name())
                .setParameter(5, bodyId)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("""
                            INSERT INTO rte_deadline (case_type, body_id, working_days, reminder_days, escalation_days)
                            VALUES (?, ?, ?, ?, ?)""")
                    .setParameter(1, setting.type().name())
                    .setParameter(2, bodyId)
                    .setParameter(3, setting.workingDays())
                    .setParameter(4, setting.reminderDays())
                    .setParameter(5, setting.escalationDays())
                    .executeUpdate();
        }
        return setting;
    }

    /** A body goes back to the deadline of every body. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public void removeDeadline(CaseType type, String bodySlug) {
        em.createNativeQuery("DELETE FROM rte_deadline WHERE case_type = ? AND body_id = ?")
                .setParameter(1, type.name())
                .setParameter(2, lookup.body(bodySlug).getId())
                .executeUpdate();
    }

    private RuleVersion currentVersion(long ruleNumber) {
        return em.createQuery("""
                        SELECT v FROM RuleVersion v
                        WHERE v.rule.id = :rule AND v.supersededAt IS NULL AND v.rule.retiredAt IS NULL""",
                        RuleVersion.class)
                .setParameter("rule", ruleNumber)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownRule(ruleNumber));
    }

    private RuleVersion persistVersion(RoutingRule rule, int version, RuleDraft draft, Instant now) {
        if (draft == null || draft.bodySlug() == null || draft.bodySlug().isBlank()) {
            throw new InvalidCaseInput("rule.body");
        }
        if (Math.abs(draft.priority()) > MAX_PRIORITY) {
            throw new InvalidCaseInput("rule.priority");
        }
        if (draft.caseType() != null && caseTypes.definition(draft.caseType()).isEmpty()) {
            throw new InvalidCaseInput("rule.caseType");
        }
        Body body = lookup.body(draft.bodySlug().strip());
        RuleVersion created = new RuleVersion(rule, version, draft.caseType(), topic(draft.topicSlug()),
                region(draft.regionCode()), body, draft.priority(), draft.note(), myAccount.me(), now);
        em.persist(created);
        return created;
    }

    private Topic topic(String slug) {
        return slug == null || slug.isBlank() ? null : topics.find(slug.strip());
    }

    private Region region(String code) {
        return code == null || code.isBlank() ? null : regions.find(code.strip());
    }
}
