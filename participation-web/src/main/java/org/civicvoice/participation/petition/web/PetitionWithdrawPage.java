package org.civicvoice.participation.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.petition.boundary.PetitionSigning;
import org.civicvoice.participation.petition.entity.SignatureWithdrawal;
import org.civicvoice.participation.petition.entity.SigningOutcome;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

/**
 * {@code petition/withdraw.xhtml?token=...}: the private withdrawal link of a signer without account. Opening it
 * shows the petition and changes nothing (mail scanners fetch links); the button withdraws with a POST, and the
 * page then shows what happened. Pressing it twice, or replaying the link, answers that it is withdrawn already.
 */
@Named
@RequestScoped
public class PetitionWithdrawPage {

    @Inject
    PetitionSigning signing;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private String token;
    private SignatureWithdrawal withdrawal;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            withdrawal = signing.withdrawalOf(token);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void withdraw() {
        try {
            SigningOutcome outcome = signing.withdrawByLink(token);
            messages.info(outcome == SigningOutcome.WITHDRAWN ? "petition.withdraw.done" : "petition.withdraw.already");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
        navigation.redirect("/petition/withdraw.xhtml?token=" + (token == null ? "" : token.strip()));
    }

    public SignatureWithdrawal getWithdrawal() {
        return withdrawal;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
