package org.civicvoice.participation.budget.control;

import java.util.Objects;

/** An amount of money and how many voters it applies to: paid by each of them, or left to each of them. */
public record VoterShare(Fraction amount, int voters) {

    public VoterShare {
        Objects.requireNonNull(amount, "amount");
    }
}
