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
import org.civicvoice.participation.shared.ReaderLanguage;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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

    @Inject
    ReaderLanguage reader;

    private List<Body> bodyList;
    private List<Topic> topicList;
    private List<Region> regionList;

    /** Every body, by its name in the reader's language. */
    public List<Body> getBodies() {
        if (bodyList == null) {
            bodyList = byName(bodies.all(), body -> body.name(reader.tag()));
        }
        return bodyList;
    }

    /** Every topic, by its name in the reader's language. */
    public List<Topic> getTopics() {
        if (topicList == null) {
            topicList = byName(topics.all(), topic -> topic.name(reader.tag()));
        }
        return topicList;
    }

    /** Every region, by kind, then by its name in the reader's language. */
    public List<Region> getRegions() {
        if (regionList == null) {
            regionList = regions.all().stream().sorted(Comparator.comparing(Region::getKind)
                    .thenComparing(region -> region.name(reader.tag()), collator())).toList();
        }
        return regionList;
    }

    /** The items in the alphabetical order of the reader's language. */
    private <T> List<T> byName(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name, collator())).toList();
    }

    private Collator collator() {
        return Collator.getInstance(Locale.forLanguageTag(reader.tag()));
    }
}
