package org.civicvoice.participation.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.PetitionCard;

import java.util.List;

/** {@code petition/mine.xhtml}: the petitions the signed-in citizen started, whatever their state. */
@Named
@RequestScoped
public class PetitionMinePage {

    @Inject
    Petitions petitions;

    private List<PetitionCard> cards;

    public List<PetitionCard> getCards() {
        if (cards == null) {
            cards = petitions.mine();
        }
        return cards;
    }
}
