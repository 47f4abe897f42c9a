package org.civicvoice.participation.petition.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a signer tells about themselves: a name (shown only if they choose), an e-mail address (needed without an
 * account), their region, and whether they want news of the petition by e-mail.
 */
public record SignerDetails(String name, String email, String regionCode, boolean publicName, boolean wantsNews) {

    private static final Pattern MAILBOX = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public SignerDetails {
        name = name == null || name.isBlank() ? null : name.strip();
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (name != null && name.length() > Signature.NAME_LENGTH) {
            throw new InvalidPetition("petition.sign.nameLength", Signature.NAME_LENGTH);
        }
        if (email != null && (email.length() > 254 || !MAILBOX.matcher(email).matches())) {
            throw new InvalidPetition("petition.sign.email");
        }
    }

    /** A signer without account must say who they are and where they live. */
    public SignerDetails requireComplete() {
        if (name == null) {
            throw new InvalidPetition("petition.sign.nameNeeded");
        }
        if (email == null) {
            throw new InvalidPetition("petition.sign.email");
        }
        if (regionCode == null) {
            throw new InvalidPetition("petition.sign.regionNeeded");
        }
        return this;
    }
}
