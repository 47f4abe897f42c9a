package org.civicvoice.participation.identity.boundary;

import java.util.Set;

/** The languages an account may choose (the interface's translations). */
final class Languages {

    static final Set<String> SUPPORTED = Set.of("en", "km");

    private Languages() {
    }

    static String orDefault(String language) {
        return language != null && SUPPORTED.contains(language) ? language : "en";
    }
}
