package org.civicvoice.participation.lawtext.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an Akoma Ntoso (LegalDocML 3.0) bill is written from: the work's address ({@code /akn/<country>/bill/...}),
 * its title, the author's id and name, the language (ISO 639-2, three letters), the date of the version, the
 * version's number, the text before the first unit and the units in document order.
 */
public record AknDocument(String workUri, String country, String title, String authorId, String authorName,
                          String language, LocalDate date, int version, String preamble, List<ParsedUnit> units) {

    public AknDocument {
        Objects.requireNonNull(workUri);
        Objects.requireNonNull(country);
        Objects.requireNonNull(title);
        Objects.requireNonNull(authorId);
        Objects.requireNonNull(date);
        authorName = authorName == null ? authorId : authorName;
        language = language == null || language.isBlank() ? "und" : language;
        preamble = preamble == null ? "" : preamble;
        units = List.copyOf(units);
    }
}
