package org.civicvoice.participation.petition.entity;

/**
 * What a private withdrawal link leads to: the petition signed, whether the signature was withdrawn already,
 * and whether the petition still takes withdrawals (only while it is open).
 */
public record SignatureWithdrawal(PetitionNumber petition, String title, PetitionState state, boolean withdrawn,
                                  boolean open) {

    public PetitionNumber getPetition() {
        return petition;
    }

    public String getTitle() {
        return title;
    }

    public PetitionState getState() {
        return state;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public boolean isOpen() {
        return open;
    }
}
