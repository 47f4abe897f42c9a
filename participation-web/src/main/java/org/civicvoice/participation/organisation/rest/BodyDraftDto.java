package org.civicvoice.participation.organisation.rest;

import org.civicvoice.participation.organisation.entity.BodyDraft;
import org.civicvoice.participation.organisation.entity.BodyKind;

import java.util.List;

/** A body as an administrator sends it; validated by the boundary (free of constraint annotations here). */
public record BodyDraftDto(String slug, String name, String shortName, BodyKind kind, String parent, String region,
                           String description, String contactEmail, String contactPhone, String website,
                           String address, List<String> topics) {

    public BodyDraft toDraft() {
        return new BodyDraft(slug, name, shortName, kind, parent, region, description, contactEmail, contactPhone,
                website, address, topics);
    }
}
