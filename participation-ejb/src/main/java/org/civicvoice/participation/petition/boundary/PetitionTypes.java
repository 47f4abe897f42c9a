package org.civicvoice.participation.petition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.DuplicateIdentifier;
import org.civicvoice.participation.petition.entity.Consequence;
import org.civicvoice.participation.petition.entity.InvalidPetition;
import org.civicvoice.participation.petition.entity.PetitionType;
import org.civicvoice.participation.petition.entity.PetitionTypeDraft;
import org.civicvoice.participation.shared.Constraints;
import org.civicvoice.participation.shared.Roles;

/** Platform administrators define the petition types of a body: its thresholds, period, sponsors and signers. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PetitionTypes {

    @PersistenceContext
    EntityManager em;

    @Inject
    GovernmentBodies bodies;

    @Inject
    Regions regions;

    public PetitionType define(BodySlug slug, PetitionTypeDraft draft) {
        Body body = em.merge(bodies.find(slug));
        AssuranceLevel assurance;
        try {
            assurance = AssuranceLevel.valueOf(draft.minAssurance() == null ? "EMAIL_VERIFIED" : draft.minAssurance());
        } catch (IllegalArgumentException e) {
            throw new InvalidPetition("petition.type.assurance");
        }
        PetitionType type = new PetitionType(body, draft.code(), draft.name(), draft.description(), draft.collectionDays(),
                draft.sponsorsRequired(), assurance,
                draft.region() == null || draft.region().isBlank() ? null : regions.find(draft.region()));
        type.translate(draft.translations());
        em.persist(type);
        if (draft.thresholds().isEmpty()) {
            throw new InvalidPetition("petition.type.threshold");
        }
        for (PetitionTypeDraft.Threshold threshold : draft.thresholds()) {
            Consequence consequence;
            try {
                consequence = Consequence.valueOf(String.valueOf(threshold.consequence()));
            } catch (IllegalArgumentException e) {
                throw new InvalidPetition("petition.type.consequence");
            }
            em.persist(type.addThreshold(threshold.signatures(), threshold.populationPercent(), consequence));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_pet_type_code")) {
                throw new DuplicateIdentifier(draft.code());
            }
            throw e;
        }
        return type;
    }
}
