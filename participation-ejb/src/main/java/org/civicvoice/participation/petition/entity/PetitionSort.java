package org.civicvoice.participation.petition.entity;

/** Orders of petition lists. */
public enum PetitionSort {
    MOST_SIGNED, NEWEST, CLOSING_SOON, RECENTLY_ANSWERED
}
