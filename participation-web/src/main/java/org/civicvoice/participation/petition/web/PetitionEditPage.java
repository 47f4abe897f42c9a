package org.civicvoice.participation.petition.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.petition.boundary.PetitionDrafting;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.PetitionState;
import org.civicvoice.participation.petition.entity.UnknownPetition;

/**
 * {@code petition/edit.xhtml?number=...}: the author revises the draft (a stale version is refused, not
 * overwritten), shares it with sponsors and follows how many signed, and may withdraw it.
 */
@Named
@ViewScoped
public class PetitionEditPage extends PetitionDraftForm {

    @Inject
    transient PetitionDrafting drafting;

    @Inject
    transient Outbox outbox;

    private String number;
    private long version;
    private PetitionState state;
    private String sponsorLink;
    private int sponsors;
    private int sponsorsRequired;
    private String typeName;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            PetitionNumber parsed = PetitionNumber.of(number);
            if (!petitions.isAuthor(parsed)) {
                navigation.forbidden();
                return;
            }
            Petition petition = petitions.find(parsed);
            PetitionCard card = petitions.card(parsed);
            show(petition.getTopic().getSlug(), petition.getBody().getSlug(), petition.getType().getCode(),
                    petition.getRegion() == null ? null : petition.getRegion().getCode(), petition.getTitle(),
                    petition.getAction(), petition.getBackground());
            version = petition.getVersion();
            state = petition.getState();
            typeName = petition.getType().getName();
            sponsorsRequired = petition.getType().getSponsorsRequired();
            sponsors = Math.max(0, card.getSignatures() - 1);
            sponsorLink = outbox.link("/petition/sponsor.xhtml?code=" + petition.sponsorCode());
            if (state == PetitionState.DRAFT) {
                prepareChoices();
            }
        } catch (UnknownPetition e) {
            navigation.notFound();
        }
    }

    public void save() {
        try {
            drafting.revise(PetitionNumber.of(number), draft(), version);
            messages.info("petition.edit.saved");
            reload();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void share() {
        try {
            drafting.startSponsoring(PetitionNumber.of(number));
            messages.info("petition.edit.shared");
            reload();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void withdraw() {
        try {
            drafting.withdraw(PetitionNumber.of(number));
            messages.info("petition.edit.withdrawn");
            reload();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    private void reload() {
        navigation.redirect("/petition/edit.xhtml?number=" + PetitionNumber.of(number));
    }

    public boolean isDraft() {
        return state == PetitionState.DRAFT;
    }

    public boolean isSponsoring() {
        return state == PetitionState.SPONSORING;
    }

    public boolean isWithdrawable() {
        return state == PetitionState.DRAFT || state == PetitionState.SPONSORING || state == PetitionState.MODERATION
                || state == PetitionState.OPEN;
    }

    public PetitionState getState() {
        return state;
    }

    public String getSponsorLink() {
        return sponsorLink;
    }

    public int getSponsors() {
        return sponsors;
    }

    public int getSponsorsRequired() {
        return sponsorsRequired;
    }

    public String getTypeName() {
        return typeName;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
