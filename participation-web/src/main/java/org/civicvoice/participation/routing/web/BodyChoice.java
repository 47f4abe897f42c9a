package org.civicvoice.participation.routing.web;

import org.civicvoice.participation.organisation.entity.Body;

import java.io.Serializable;

/** A body offered in a select: its identifier and its name in the reader's language. */
public record BodyChoice(String slug, String name) implements Serializable {

    static BodyChoice of(Body body, String language) {
        return new BodyChoice(body.getSlug(), body.name(language));
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }
}
