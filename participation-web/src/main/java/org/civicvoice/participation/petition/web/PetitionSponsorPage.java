package org.civicvoice.participation.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.petition.boundary.PetitionSigning;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionState;
import org.civicvoice.participation.petition.entity.UnknownPetition;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.shared.Roles;

/** {@code petition/sponsor.xhtml?code=...}: the draft an author shared, and the box to sign it as a sponsor. */
@Named
@RequestScoped
public class PetitionSponsorPage {

    @Inject
    Petitions petitions;

    @Inject
    PetitionSigning signing;

    @Inject
    Navigation navigation;

    @Inject
    HttpServletRequest request;

    private String code;
    private Petition petition;
    private Boolean signed;

    public void load() {
        try {
            getPetition();
        } catch (UnknownPetition e) {
            navigation.notFound();
        }
    }

    public Petition getPetition() {
        if (petition == null && code != null) {
            petition = petitions.bySponsorCode(code);
        }
        return petition;
    }

    /** Whether sponsors may still sign: the petition moves to moderation once it has enough of them. */
    public boolean isCollecting() {
        return getPetition() != null && getPetition().getState() == PetitionState.SPONSORING;
    }

    public boolean isSigned() {
        if (signed == null) {
            signed = request.isUserInRole(Roles.CITIZEN) && getPetition() != null
                    && signing.mine(getPetition().number()).isPresent();
        }
        return signed;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
