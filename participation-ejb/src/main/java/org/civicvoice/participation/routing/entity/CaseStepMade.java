package org.civicvoice.participation.routing.entity;

import java.time.Instant;

/**
 * A public step of a case, fired in the transaction that made it, so that the feature owning the item records it
 * on the item's public timeline and tells its followers. {@code bodyName} is the body the step concerns (routed
 * to, transferred to, answering); {@code detail} the reason, answer text or hearing details.
 */
public record CaseStepMade(ItemRef item, CaseType type, CaseEventKind kind, Instant at, String bodyName,
                           String detail, String link) {
}
