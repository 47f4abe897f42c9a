package org.civicvoice.participation.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.petition.boundary.PetitionSigning;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.SignatureConfirmation;
import org.civicvoice.participation.petition.entity.SignerKey;
import org.civicvoice.participation.platform.web.Messages;

import java.time.Clock;
import java.time.Instant;

/**
 * {@code petition/confirm.xhtml?token=...}: the link of the confirmation mail. Opening it changes nothing (mail
 * scanners fetch links); the button confirms with a POST, and following the link twice is fine. Once confirmed,
 * the page offers the private link to withdraw the signature, the same as in the mail, and shows the count with the
 * signature in it; a sponsor is thanked for sponsoring, sees how many sponsors have signed and is led back to the
 * sponsor page (the petition's public page does not exist before moderation).
 */
@Named
@RequestScoped
public class PetitionConfirmPage {

    @Inject
    PetitionSigning signing;

    @Inject
    Petitions petitions;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private String token;
    private PetitionNumber confirmed;
    private SignatureConfirmation confirmation;
    private Instant countedAt;

    public void confirm() {
        try {
            signing.confirm(token);
            countedAt = clock.instant();
            confirmation = petitions.confirmed(token);
            confirmed = confirmation.petition();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** The petition's count with this signature in it, and for a sponsor the sponsors so far. */
    public SignatureConfirmation getConfirmation() {
        return confirmation;
    }

    /** When the page read its count, so that its script takes only counts folded after that. */
    public Instant getCountedAt() {
        return countedAt;
    }

    /** The private link to withdraw the signature just confirmed, as the confirmation mail gives it too. */
    public String getWithdrawalLink() {
        return confirmed == null ? null : "/petition/withdraw.xhtml?token=" + SignerKey.withdrawalSecret(token);
    }

    public PetitionNumber getConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
