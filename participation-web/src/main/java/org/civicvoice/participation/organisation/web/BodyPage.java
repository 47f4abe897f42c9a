package org.civicvoice.participation.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.petition.entity.PetitionQuery;
import org.civicvoice.participation.petition.entity.PetitionSort;
import org.civicvoice.participation.platform.web.Navigation;

import java.util.List;
import java.util.Optional;

/** {@code organisation/body.xhtml?slug=...}: one government body, its topics, contact, sub-bodies and open petitions. */
@Named
@RequestScoped
public class BodyPage {

    @Inject
    GovernmentBodies bodies;

    @Inject
    Petitions petitions;

    @Inject
    Navigation navigation;

    private String slug;
    private Body body;
    private List<Body> subBodies = List.of();
    private List<PetitionCard> openPetitions = List.of();

    /** Loads the body, or answers 404 with the friendly error page. */
    public void load() {
        Optional<BodySlug> parsed = BodySlug.parse(slug);
        if (parsed.isEmpty()) {
            navigation.notFound();
            return;
        }
        try {
            body = bodies.find(parsed.get());
            subBodies = bodies.subBodies(parsed.get());
            openPetitions = petitions.search(new PetitionQuery(Optional.empty(), Optional.empty(),
                    Optional.of(parsed.get().value()), Optional.empty(), Optional.empty(), PetitionSort.MOST_SIGNED,
                    0, 20)).items();
        } catch (UnknownBody e) {
            navigation.notFound();
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Body getBody() {
        return body;
    }

    /** The open petitions addressed to this body, most signed first. */
    public List<PetitionCard> getOpenPetitions() {
        return openPetitions;
    }

    public List<Body> getSubBodies() {
        return subBodies;
    }
}
