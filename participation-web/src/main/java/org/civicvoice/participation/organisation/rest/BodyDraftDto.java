package org.civicvoice.participation.organisation.rest;

import org.civicvoice.participation.organisation.entity.BodyDraft;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.platform.rest.TranslationDto;

import java.util.List;
import java.util.Map;

/**
 * A body as an administrator sends it; validated by the boundary (free of constraint annotations here).
 * {@code translations} holds the texts in the other languages by language tag (for example {@code km}); a
 * language left out has no translation.
 */
public record BodyDraftDto(String slug, String name, String shortName, BodyKind kind, String parent, String region,
                           String description, String contactEmail, String contactPhone, String website,
                           String address, List<String> topics, Map<String, TranslationDto> translations) {

    public BodyDraft toDraft() {
        return new BodyDraft(slug, name, shortName, kind, parent, region, description, contactEmail, contactPhone,
                website, address, topics, BodyDto.texts(translations));
    }
}
