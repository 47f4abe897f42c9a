package org.civicvoice.participation.routing.entity;

/** The kind of item a case is about; with the item's id it names the item across features. */
public enum ItemKind {
    PETITION, PROPOSAL, CONSULTATION_COMMENT, BUDGET_PROJECT
}
