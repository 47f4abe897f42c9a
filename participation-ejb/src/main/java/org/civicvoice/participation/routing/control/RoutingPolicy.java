package org.civicvoice.participation.routing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.Routing;
import org.civicvoice.participation.routing.entity.RuleVersion;
import org.civicvoice.participation.shared.KeyedText;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where an item goes: the current rule versions that match its case type, topic and region (a rule's
 * region covers the regions inside it), the highest priority first, then the most specific, then the oldest
 * rule. Without a match the item stays with the body the citizen addressed.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class RoutingPolicy {

    public static final Comparator<RuleVersion> PRECEDENCE = Comparator.comparingInt(RuleVersion::getPriority).reversed()
            .thenComparing(Comparator.comparingInt(RuleVersion::specificity).reversed())
            .thenComparingLong(RuleVersion::getRuleNumber);

    @PersistenceContext
    EntityManager em;

    public List<RuleVersion> currentRules() {
        return em.createQuery("""
                        SELECT v FROM RuleVersion v JOIN FETCH v.rule r
                        WHERE v.supersededAt IS NULL AND r.retiredAt IS NULL
                        ORDER BY v.priority DESC, r.id""", RuleVersion.class)
                .getResultList();
    }

    public Routing route(CaseType type, Topic topic, Region region, Body addressed) {
        Optional<RuleVersion> rule = bestMatch(currentRules(), type, topic, region);
        if (rule.isPresent()) {
            RuleVersion chosen = rule.get();
            return new Routing(chosen.getBody(), chosen, KeyedText.of("routing.reason.rule", chosen.getBody().named(),
                    chosen.getRuleNumber(), chosen.getVersion()));
        }
        return new Routing(addressed, null, KeyedText.of("routing.reason.addressed", addressed.named()));
    }

    public static Optional<RuleVersion> bestMatch(List<RuleVersion> rules, CaseType type, Topic topic, Region region) {
        Set<Long> regionLine = new HashSet<>();
        for (Region r = region; r != null; r = r.getParent()) {
            regionLine.add(r.getId());
        }
        return rules.stream()
                .filter(rule -> rule.getCaseType() == null || rule.getCaseType().equals(type))
                .filter(rule -> rule.getTopic() == null
                        || (topic != null && rule.getTopic().getId().equals(topic.getId())))
                .filter(rule -> rule.getRegion() == null || regionLine.contains(rule.getRegion().getId()))
                .min(PRECEDENCE);
    }
}
