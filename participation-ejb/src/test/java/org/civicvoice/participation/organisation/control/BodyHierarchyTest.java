package org.civicvoice.participation.organisation.control;

import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.organisation.entity.BodyNode;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyHierarchyTest {

    private static Body body(String slug, String name, BodyKind kind, Body parent) {
        return new Body(BodySlug.of(slug), name, kind, parent);
    }

    @Test
    void childrenHangUnderTheirParentAndRootsComeInTheOrderOfTheirKind() {
        Body city = body("city", "City Hall", BodyKind.MUNICIPALITY, null);
        Body parliament = body("parliament", "Assembly", BodyKind.PARLIAMENT, null);
        Body government = body("government", "Government", BodyKind.GOVERNMENT, null);
        Body transport = body("transport", "Ministry of Transport", BodyKind.MINISTRY, government);
        Body health = body("health", "Ministry of Health", BodyKind.MINISTRY, government);
        Body committee = body("petitions", "Petitions Committee", BodyKind.COMMITTEE, parliament);

        List<BodyNode> tree = BodyHierarchy.of(List.of(city, transport, committee, parliament, health, government));

        assertEquals(List.of(government, parliament, city), tree.stream().map(BodyNode::body).toList());
        assertEquals(List.of(health, transport), tree.get(0).children().stream().map(BodyNode::body).toList());
        assertEquals(List.of(committee), tree.get(1).children().stream().map(BodyNode::body).toList());
        assertEquals(List.of(), tree.get(2).children());
    }

    @Test
    void aBodyWhoseParentIsNotListedBecomesARoot() {
        Body government = body("government", "Government", BodyKind.GOVERNMENT, null);
        Body health = body("health", "Ministry of Health", BodyKind.MINISTRY, government);

        List<BodyNode> tree = BodyHierarchy.of(List.of(health));

        assertEquals(List.of(health), tree.stream().map(BodyNode::body).toList());
    }

    @Test
    void anEmptyListGivesAnEmptyTree() {
        assertEquals(List.of(), BodyHierarchy.of(List.of()));
    }
}
