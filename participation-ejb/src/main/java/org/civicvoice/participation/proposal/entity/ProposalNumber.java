package org.civicvoice.participation.proposal.entity;

/** The public number of a proposal, as in its address and in the API. */
public record ProposalNumber(long value) {

    public ProposalNumber {
        if (value < 1) {
            throw new IllegalArgumentException("A proposal number is positive");
        }
    }

    /** Parses a number from an address; anything else is an unknown proposal. */
    public static ProposalNumber of(String text) {
        try {
            return new ProposalNumber(Long.parseLong(text == null ? "" : text.trim()));
        } catch (IllegalArgumentException e) {
            throw new UnknownProposal(String.valueOf(text));
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
