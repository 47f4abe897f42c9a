package org.civicvoice.participation.petition.web;

import org.civicvoice.participation.organisation.web.DirectoryChoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.identity.web.ClientAddress;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.petition.boundary.PetitionSigning;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.SignerDetails;
import org.civicvoice.participation.petition.entity.SigningOutcome;
import org.civicvoice.participation.petition.entity.UnknownPetition;
import org.civicvoice.participation.platform.web.LocaleSelection;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.shared.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code petition/sign.xhtml?number=...}: signing without an account (a confirmation link goes to the mailbox);
 * for a signed-in citizen the box to sign with the account instead; also the actions of the signing boxes on the
 * petition and sponsor pages: sign with the account and withdraw.
 * It is a page of its own so that the petition page stays stateless for readers: only someone who signs gets a
 * session, and with it the form's protection against forged requests.
 */
@Named
@RequestScoped
public class PetitionSignPage {

    @Inject
    DirectoryChoices directory;

    @Inject
    Petitions petitions;

    @Inject
    PetitionSigning signing;


    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    LocaleSelection locale;

    @Inject
    HttpServletRequest request;

    private String number;
    private String code;
    private String sent;
    private boolean publicName;
    private boolean notify;
    private String name;
    private String email;
    private String region;
    private Petition petition;
    private Boolean signed;

    public void load() {
        try {
            getPetition();
        } catch (UnknownPetition e) {
            navigation.notFound();
        }
    }

    /** The petition signed: the public one, or the draft of the sponsor link. */
    public Petition getPetition() {
        if (petition == null) {
            petition = code != null && !code.isBlank() ? petitions.bySponsorCode(code)
                    : petitions.find(PetitionNumber.of(number));
        }
        return petition;
    }

    /** Whether the signed-in reader's signature counts on this petition. */
    public boolean isSigned() {
        if (signed == null) {
            signed = request.isUserInRole(Roles.CITIZEN) && getPetition() != null
                    && signing.mine(getPetition().number()).isPresent();
        }
        return signed;
    }

    /** The petition of the form: its number, or the draft behind the sponsor code. */
    private PetitionNumber target() {
        return number == null || number.isBlank() ? getPetition().number() : PetitionNumber.of(number);
    }

    /** The signed-in citizen signs. */
    public void sign() {
        try {
            SigningOutcome outcome = signing.sign(target(), publicName, notify, blankToNull(code),
                    ClientAddress.of(request));
            messages.info(outcome == SigningOutcome.ALREADY_SIGNED ? "petition.sign.already"
                    : code == null || code.isBlank() ? "petition.sign.done" : "petition.sign.sponsorDone");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
        back();
    }

    public void withdraw() {
        try {
            signing.withdraw(target());
            messages.info("petition.sign.withdrawn");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
        back();
    }

    /** Someone without an account signs: the signature counts once they follow the link in the mail. */
    public void signWithoutAccount() {
        if (missesAField()) {
            return;
        }
        try {
            signing.signWithoutAccount(target(),
                    new SignerDetails(name, email, region, publicName, notify), blankToNull(code),
                    ClientAddress.of(request), locale.getTag());
            navigation.redirect("/petition/sign.xhtml?number=" + target()
                    + (code == null || code.isBlank() ? "" : "&code=" + encode(code)) + "&sent=true");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** Names every field left empty beside it at once, rather than the first one the boundary refuses. */
    private boolean missesAField() {
        Map<String, String> needed = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            needed.put("signAnonymous:name", "petition.sign.nameNeeded");
        }
        if (email == null || email.isBlank()) {
            needed.put("signAnonymous:email", "petition.sign.email");
        }
        if (region == null || region.isBlank()) {
            needed.put("signAnonymous:region", "petition.sign.regionNeeded");
        }
        needed.forEach(messages::fieldError);
        if (!needed.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return !needed.isEmpty();
    }

    private void back() {
        navigation.redirect(code == null || code.isBlank()
                ? "/petition/view.xhtml?number=" + target()
                : "/petition/sponsor.xhtml?code=" + encode(code));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public boolean isConfirmationSent() {
        return "true".equals(sent);
    }

    public List<Region> getRegions() {
        return directory.getRegions();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSent() {
        return sent;
    }

    public void setSent(String sent) {
        this.sent = sent;
    }

    public boolean isPublicName() {
        return publicName;
    }

    public void setPublicName(boolean publicName) {
        this.publicName = publicName;
    }

    public boolean isNotify() {
        return notify;
    }

    public void setNotify(boolean notify) {
        this.notify = notify;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
