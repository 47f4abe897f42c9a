package org.civicvoice.participation.consultation.entity;

/** The public number of a consultation, as in its address and in the API. */
public record ConsultationNumber(long value) {

    public ConsultationNumber {
        if (value < 1) {
            throw new IllegalArgumentException("A consultation number is positive");
        }
    }

    /** Parses a number from an address; anything else is an unknown consultation. */
    public static ConsultationNumber of(String text) {
        try {
            return new ConsultationNumber(Long.parseLong(text == null ? "" : text.trim()));
        } catch (IllegalArgumentException e) {
            throw new UnknownConsultation(String.valueOf(text));
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
