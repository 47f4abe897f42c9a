package org.civicvoice.participation.organisation.rest;

import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.RegionText;
import org.civicvoice.participation.platform.rest.TranslationDto;

import java.util.Map;

/**
 * A region as the API shows it, named in the reader's language; {@code parent} is the code of the region it lies
 * in; {@code translations} holds every language's name on request, and the other languages' names when sent.
 */
public record RegionDto(String code, String name, String kind, String parent, Integer population,
                        Map<String, TranslationDto> translations) {

    public static RegionDto of(Region region, String language, boolean allLanguages) {
        return new RegionDto(region.getCode(), region.name(language), region.getKind().name(),
                region.getParent() == null ? null : region.getParent().getCode(), region.getPopulation(),
                allLanguages ? TranslationDto.all(new TranslationDto(region.getName(), null, null),
                        region.translations(), t -> new TranslationDto(t.getName(), null, null)) : null);
    }

    Map<String, RegionText> texts() {
        return TranslationDto.others(translations, t -> new RegionText(t.name()));
    }
}
