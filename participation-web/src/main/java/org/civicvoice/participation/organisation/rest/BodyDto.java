package org.civicvoice.participation.organisation.rest;

import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyText;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.platform.rest.TranslationDto;

import java.util.List;
import java.util.Map;

/**
 * A government body as the API shows it: name, short name and description in the reader's language, and with
 * {@code ?translations=all} every language's texts in {@code translations}.
 */
public record BodyDto(String id, String name, String shortName, String kind, String parent, String region,
                      String description, List<String> topics, ContactDto contact, long version,
                      Map<String, TranslationDto> translations) {

    public record ContactDto(String email, String phone, String website, String address) {
    }

    public static BodyDto of(Body body, String language, boolean allLanguages) {
        return new BodyDto(body.getSlug(), body.name(language), body.shortName(language), body.getKind().name(),
                body.getParent() == null ? null : body.getParent().getSlug(),
                body.getRegion() == null ? null : body.getRegion().getCode(),
                body.description(language),
                body.getTopics().stream().map(Topic::getSlug).toList(),
                new ContactDto(body.getContactEmail(), body.getContactPhone(), body.getWebsite(), body.getAddress()),
                body.getVersion(), allLanguages ? translations(body) : null);
    }

    static Map<String, TranslationDto> translations(Body body) {
        return TranslationDto.all(new TranslationDto(body.getName(), body.getShortName(), body.getDescription()),
                body.translations(), text -> new TranslationDto(text.getName(), text.getShortName(), text.getDescription()));
    }

    static Map<String, BodyText> texts(Map<String, TranslationDto> given) {
        return TranslationDto.others(given, t -> new BodyText(t.name(), t.shortName(), t.description()));
    }
}
