package org.civicvoice.participation.petition.entity;

/** The public number of a petition, as in its address and in the API. */
public record PetitionNumber(long value) {

    public PetitionNumber {
        if (value < 1) {
            throw new IllegalArgumentException("A petition number is positive");
        }
    }

    /** Parses a number from an address; anything else is an unknown petition. */
    public static PetitionNumber of(String text) {
        try {
            return new PetitionNumber(Long.parseLong(text == null ? "" : text.trim()));
        } catch (IllegalArgumentException e) {
            throw new UnknownPetition(String.valueOf(text));
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
