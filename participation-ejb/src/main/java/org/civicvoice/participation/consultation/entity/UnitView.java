package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.lawtext.entity.UnitKind;

import java.util.List;

/** A unit of a published version as readers see it, with the number of visible comments on it. */
public record UnitView(int position, String key, String eId, UnitKind kind, String label, String heading,
                       String text, List<String> notes, int depth, int parentPosition, long comments) {
}
