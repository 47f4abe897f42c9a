package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.shared.KeyedText;

import java.time.Instant;

/**
 * A public step of a case, handed to the feature owning the item after the step's transaction committed, once
 * per step ({@code step} names it; a feature may keep it to record the step once). Observers run in a
 * transaction of their own that also marks the step delivered: if an observer fails, the step comes again later.
 *
 * @param bodySlug    the body the step concerns (routed to, transferred to, answering, owning a commitment)
 * @param explanation what the platform says about the step, a bundle key with arguments (may be null)
 * @param text        what a person wrote: the transfer's reason, the answer, the committee's summary, a
 *                    commitment's action, a hearing's time and place (may be null)
 */
public record CaseStepMade(long step, ItemRef item, CaseType type, CaseEventKind kind, Instant at, String bodySlug,
                           String bodyName, KeyedText explanation, String text, String link) {
}
