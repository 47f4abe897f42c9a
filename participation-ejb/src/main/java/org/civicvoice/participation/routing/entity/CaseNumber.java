package org.civicvoice.participation.routing.entity;

/** The public number of a case. */
public record CaseNumber(long value) {

    public CaseNumber {
        if (value <= 0) {
            throw new IllegalArgumentException("case number must be positive");
        }
    }

    public static CaseNumber of(String text) {
        try {
            return new CaseNumber(Long.parseLong(text.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownCase(String.valueOf(text));
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
