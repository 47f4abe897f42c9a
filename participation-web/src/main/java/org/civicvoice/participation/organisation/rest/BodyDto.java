package org.civicvoice.participation.organisation.rest;

import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Topic;

import java.util.List;

/** A government body as the API shows it. */
public record BodyDto(String id, String name, String shortName, String kind, String parent, String region,
                      String description, List<String> topics, ContactDto contact, long version) {

    public record ContactDto(String email, String phone, String website, String address) {
    }

    public static BodyDto of(Body body) {
        return new BodyDto(body.getSlug(), body.getName(), body.getShortName(), body.getKind().name(),
                body.getParent() == null ? null : body.getParent().getSlug(),
                body.getRegion() == null ? null : body.getRegion().getCode(),
                body.getDescription(),
                body.getTopics().stream().map(Topic::getSlug).toList(),
                new ContactDto(body.getContactEmail(), body.getContactPhone(), body.getWebsite(), body.getAddress()),
                body.getVersion());
    }
}
