package org.civicvoice.participation.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;

import java.util.HashMap;
import java.util.Map;

/**
 * The bodies' names by slug in a language, read once per request however many stored texts a page shows (a
 * timeline names a body in many of its steps).
 */
@RequestScoped
public class BodyNames {

    @Inject
    GovernmentBodies bodies;

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    public Map<String, String> in(String language) {
        return byLanguage.computeIfAbsent(language, bodies::names);
    }
}
