package org.civicvoice.participation.proposal.entity;

/** What kind of change a proposal asks for. */
public enum ProposalKind {
    NEW_LAW, AMENDMENT, ADMINISTRATIVE_ACTION
}
