package org.civicvoice.participation.organisation.rest;

import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.platform.rest.TranslationDto;
import org.civicvoice.participation.shared.ContentText;

import java.util.Map;

/**
 * A policy area as the API shows it, in the reader's language, with every language in {@code translations} on
 * request; an administrator sends the other languages' texts there.
 */
public record TopicDto(String id, String name, String description, Map<String, TranslationDto> translations) {

    public static TopicDto of(Topic topic, String language, boolean allLanguages) {
        return new TopicDto(topic.getSlug(), topic.name(language), topic.description(language),
                allLanguages ? TranslationDto.all(new TranslationDto(topic.getName(), null, topic.getDescription()),
                        topic.translations(), t -> new TranslationDto(t.getName(), null, t.getDescription())) : null);
    }

    Map<String, ContentText> texts() {
        return TranslationDto.others(translations, t -> Topic.text(t.name(), t.description()));
    }
}
