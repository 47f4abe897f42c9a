package org.civicvoice.participation.consultation.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What an official works on after closing: the consultation (with the version to send back with each decision),
 * its top-level comments with their dispositions, the units of the newest version a comment may have changed,
 * and how many visible comments still lack a disposition.
 */
public record DispositionSheet(Consultation consultation, List<SheetEntry> comments, List<UnitChoice> units,
                               long missing) {

    /** A unit of the newest version, offered as the one an accepted comment changed. */
    public record UnitChoice(String key, String eId, String label, String heading) implements Serializable {
    }
}
