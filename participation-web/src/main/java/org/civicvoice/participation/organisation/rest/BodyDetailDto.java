package org.civicvoice.participation.organisation.rest;

import org.civicvoice.participation.organisation.entity.Body;

import java.util.List;

/** A government body with the identifiers of the bodies directly under it. */
public record BodyDetailDto(BodyDto body, List<String> subBodies) {

    public static BodyDetailDto of(Body body, List<Body> subBodies, String language, boolean allLanguages) {
        return new BodyDetailDto(BodyDto.of(body, language, allLanguages), subBodies.stream().map(Body::getSlug).toList());
    }
}
