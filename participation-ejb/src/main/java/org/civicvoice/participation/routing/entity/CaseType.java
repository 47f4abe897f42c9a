package org.civicvoice.participation.routing.entity;

/** What kind of answer an item is waiting for. */
public enum CaseType {
    /** A petition reached a threshold that asks a body (or the government) to respond. */
    PETITION_RESPONSE,
    /** A petition reached the threshold for parliament: the petitions committee reviews it. */
    PARLIAMENT_REVIEW,
    /** A citizen's proposal addressed to a body. */
    PROPOSAL,
    /** A consultation comment marked as needing an answer. */
    CONSULTATION_COMMENT,
    /** A participatory-budget project awaiting its feasibility review. */
    BUDGET_FEASIBILITY;

    /** The case type a form or an address names, or null for none or an unknown name. */
    public static CaseType parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
