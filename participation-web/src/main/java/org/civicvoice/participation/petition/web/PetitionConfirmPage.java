package org.civicvoice.participation.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.petition.boundary.PetitionSigning;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.SignerKey;
import org.civicvoice.participation.platform.web.Messages;

/**
 * {@code petition/confirm.xhtml?token=...}: the link of the confirmation mail. Opening it changes nothing (mail
 * scanners fetch links); the button confirms with a POST, and following the link twice is fine. Once confirmed,
 * the page offers the private link to withdraw the signature, the same as in the mail.
 */
@Named
@RequestScoped
public class PetitionConfirmPage {

    @Inject
    PetitionSigning signing;

    @Inject
    Messages messages;

    private String token;
    private PetitionNumber confirmed;

    public void confirm() {
        try {
            signing.confirm(token);
            confirmed = signing.petitionOf(token);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
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
