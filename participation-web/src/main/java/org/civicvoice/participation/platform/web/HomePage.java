package org.civicvoice.participation.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.BodyNode;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.petition.entity.PetitionQuery;

import java.util.List;

/** The home page: what the platform is for, the open items of each feature, and the government bodies. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    GovernmentBodies bodies;

    @Inject
    Petitions petitions;

    private List<BodyNode> hierarchy;
    private List<PetitionCard> openPetitions;

    /** The most signed open petitions. */
    public List<PetitionCard> getOpenPetitions() {
        if (openPetitions == null) {
            openPetitions = petitions.search(PetitionQuery.open(0, 6)).items();
        }
        return openPetitions;
    }

    public List<BodyNode> getBodies() {
        if (hierarchy == null) {
            hierarchy = bodies.hierarchy();
        }
        return hierarchy;
    }
}
