package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.lawtext.entity.ParsedDraft;

/** A text imported without issues: the version it became and the draft as read. */
public record ImportedVersion(int number, ParsedDraft draft) {
}
