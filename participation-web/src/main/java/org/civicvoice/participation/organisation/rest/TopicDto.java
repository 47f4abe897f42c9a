package org.civicvoice.participation.organisation.rest;

import org.civicvoice.participation.organisation.entity.Topic;

/** A policy area as the API shows it. */
public record TopicDto(String id, String name, String description) {

    public static TopicDto of(Topic topic) {
        return new TopicDto(topic.getSlug(), topic.getName(), topic.getDescription());
    }
}
