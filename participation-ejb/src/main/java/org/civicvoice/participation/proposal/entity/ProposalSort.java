package org.civicvoice.participation.proposal.entity;

/** The orders of the public list. */
public enum ProposalSort {
    MOST_SUPPORTED, NEWEST, RECENTLY_ANSWERED
}
