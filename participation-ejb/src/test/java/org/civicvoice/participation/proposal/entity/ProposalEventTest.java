package org.civicvoice.participation.proposal.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProposalEventTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void aStepIsABundleKeyWithItsArgumentsNeverASentence() {
        ProposalEvent event = new ProposalEvent(7, "proposal.timeline.FORWARDED", true, NOW, "Shorter waits",
                "Ministry of Health", 1, 42);
        TimelineEntry entry = event.entry();
        assertEquals("proposal.timeline.FORWARDED", entry.key());
        assertEquals(List.of("Shorter waits", "Ministry of Health", "1", "42"), entry.arguments());
        assertEquals(List.of(), new ProposalEvent(7, "proposal.timeline.PUBLISHED", true, NOW).entry().arguments());
        assertEquals(List.of("", "b"), new ProposalEvent(7, "proposal.timeline.X", true, NOW, null, "b").entry()
                .arguments(), "an empty argument keeps its place");
        assertThrows(IllegalArgumentException.class, () -> new ProposalEvent(7, "Published by the moderator", true, NOW));
    }
}
