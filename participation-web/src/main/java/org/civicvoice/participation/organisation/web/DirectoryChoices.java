package org.civicvoice.participation.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;

import java.util.List;

/**
 * The bodies, topics and regions that forms and filters offer, each read once per request however often a page
 * asks for it (the reads themselves come from the query cache).
 */
@Named("directory")
@RequestScoped
public class DirectoryChoices {

    @Inject
    GovernmentBodies bodies;

    @Inject
    Topics topics;

    @Inject
    Regions regions;

    private List<Body> bodyList;
    private List<Topic> topicList;
    private List<Region> regionList;

    /** Every body, by name. */
    public List<Body> getBodies() {
        if (bodyList == null) {
            bodyList = bodies.all();
        }
        return bodyList;
    }

    public List<Topic> getTopics() {
        if (topicList == null) {
            topicList = topics.all();
        }
        return topicList;
    }

    public List<Region> getRegions() {
        if (regionList == null) {
            regionList = regions.all();
        }
        return regionList;
    }
}
