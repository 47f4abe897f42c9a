package org.civicvoice.participation.routing.control;

import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.RegionKind;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.RoutingRule;
import org.civicvoice.participation.routing.entity.RuleVersion;
import org.junit.jupiter.api.Test;

import static org.civicvoice.participation.routing.EntityIds.withId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final Topic health = withId(new Topic("health", "Health", null));
    private final Topic housing = withId(new Topic("housing", "Housing", null));
    private final Region country = withId(new Region("DR", "Demo Republic", RegionKind.COUNTRY, null, null));
    private final Region north = withId(new Region("DR-N", "North", RegionKind.PROVINCE, country, null));
    private final Region capital = withId(new Region("DR-N-CAP", "Capital", RegionKind.MUNICIPALITY, north, null));
    private final Body ministry = withId(new Body(new BodySlug("ministry-of-health"), "Ministry of Health", BodyKind.MINISTRY, null));
    private final Body city = withId(new Body(new BodySlug("capital-city"), "Capital City Hall", BodyKind.MUNICIPALITY, null));
    private final Body committee = withId(new Body(new BodySlug("petitions-committee"), "Petitions Committee", BodyKind.COMMITTEE, null));

    private RuleVersion rule(CaseType type, Topic topic, Region region, Body body, int priority) {
        RoutingRule rule = withId(new RoutingRule(NOW));
        return new RuleVersion(rule, 1, type, topic, region, body, priority, null, null, NOW);
    }

    @Test
    void aTopicRuleMatchesItemsOfItsTopic() {
        RuleVersion byTopic = rule(null, health, null, ministry, 0);
        assertEquals(Optional.of(byTopic), RoutingPolicy.bestMatch(List.of(byTopic), CaseType.of("PETITION_RESPONSE"), health, null));
        assertTrue(RoutingPolicy.bestMatch(List.of(byTopic), CaseType.of("PETITION_RESPONSE"), housing, null).isEmpty());
        assertTrue(RoutingPolicy.bestMatch(List.of(byTopic), CaseType.of("PETITION_RESPONSE"), null, null).isEmpty());
    }

    @Test
    void aRegionRuleCoversTheRegionsInside() {
        RuleVersion north = rule(null, housing, this.north, city, 0);
        assertEquals(Optional.of(north), RoutingPolicy.bestMatch(List.of(north), CaseType.of("PROPOSAL"), housing, capital));
        assertTrue(RoutingPolicy.bestMatch(List.of(north), CaseType.of("PROPOSAL"), housing, country).isEmpty());
    }

    @Test
    void higherPriorityWinsThenTheMoreSpecificRule() {
        RuleVersion general = rule(null, housing, null, ministry, 0);
        RuleVersion local = rule(null, housing, capital, city, 0);
        RuleVersion parliament = rule(CaseType.of("PARLIAMENT_REVIEW"), null, null, committee, 100);
        List<RuleVersion> rules = List.of(general, local, parliament);
        assertEquals(Optional.of(local), RoutingPolicy.bestMatch(rules, CaseType.of("PETITION_RESPONSE"), housing, capital));
        assertEquals(Optional.of(general), RoutingPolicy.bestMatch(rules, CaseType.of("PETITION_RESPONSE"), housing, north));
        assertEquals(Optional.of(parliament), RoutingPolicy.bestMatch(rules, CaseType.of("PARLIAMENT_REVIEW"), housing, capital));
    }

    @Test
    void theExplanationNamesTheConditions() {
        assertEquals("topic = health", rule(null, health, null, ministry, 0).conditions());
        assertEquals("case type = PARLIAMENT_REVIEW", rule(CaseType.of("PARLIAMENT_REVIEW"), null, null, committee, 0).conditions());
        assertEquals("topic = housing, region = DR-N-CAP", rule(null, housing, capital, city, 0).conditions());
        assertEquals("any item", rule(null, null, null, ministry, 0).conditions());
    }
}
