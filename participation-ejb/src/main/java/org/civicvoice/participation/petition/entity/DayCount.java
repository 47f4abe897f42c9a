package org.civicvoice.participation.petition.entity;

import java.time.LocalDate;

/** Signatures counted on one day, and the running total at its end. */
public record DayCount(LocalDate day, int signatures, int total) {

    public LocalDate getDay() {
        return day;
    }

    public int getSignatures() {
        return signatures;
    }

    public int getTotal() {
        return total;
    }
}
