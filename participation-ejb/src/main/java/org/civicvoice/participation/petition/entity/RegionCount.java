package org.civicvoice.participation.petition.entity;

/** Signatures from one region ('' and no name for signers who gave none). */
public record RegionCount(String code, String name, int signatures) {

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSignatures() {
        return signatures;
    }
}
