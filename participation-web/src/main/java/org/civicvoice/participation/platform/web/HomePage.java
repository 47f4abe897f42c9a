package org.civicvoice.participation.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.BodyNode;

import java.util.List;

/** The home page: what the platform is for, the open items of each feature, and the government bodies. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    GovernmentBodies bodies;

    private List<BodyNode> hierarchy;

    public List<BodyNode> getBodies() {
        if (hierarchy == null) {
            hierarchy = bodies.hierarchy();
        }
        return hierarchy;
    }
}
