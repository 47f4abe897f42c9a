package org.civicvoice.participation.consultation.entity;

/** How a question of a consultation is answered: one option, one or more options, or in a person's own words. */
public enum QuestionKind {
    SINGLE, MULTIPLE, FREE_TEXT
}
