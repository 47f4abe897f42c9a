package org.civicvoice.participation.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.consultation.boundary.Consultations;
import org.civicvoice.participation.consultation.entity.ConsultationCard;
import org.civicvoice.participation.consultation.entity.ConsultationQuery;
import org.civicvoice.participation.consultation.entity.ConsultationState;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.BodyNode;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.petition.entity.PetitionQuery;

import java.util.List;
import java.util.Optional;

/** The home page: what the platform is for, the open items of each feature, and the government bodies. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    GovernmentBodies bodies;

    @Inject
    Petitions petitions;

    @Inject
    Consultations consultations;

    private List<BodyNode> hierarchy;
    private List<PetitionCard> openPetitions;
    private List<ConsultationCard> openConsultations;

    /** The most signed open petitions. */
    public List<PetitionCard> getOpenPetitions() {
        if (openPetitions == null) {
            openPetitions = petitions.search(PetitionQuery.open(0, 6)).items();
        }
        return openPetitions;
    }

    /** The consultations open for comments, the soonest closing last (as the list orders them). */
    public List<ConsultationCard> getOpenConsultations() {
        if (openConsultations == null) {
            openConsultations = consultations.search(new ConsultationQuery(Optional.of(ConsultationState.OPEN),
                    Optional.empty(), Optional.empty(), Optional.empty(), 0, 4)).items();
        }
        return openConsultations;
    }

    public List<BodyNode> getBodies() {
        if (hierarchy == null) {
            hierarchy = bodies.hierarchy();
        }
        return hierarchy;
    }
}
