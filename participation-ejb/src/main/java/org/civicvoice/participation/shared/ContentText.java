package org.civicvoice.participation.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * A name (or title) and a description that officials write for everyone, in one platform language other than the
 * default; a blank field falls back to the default text. The side tables of topics, petition types, consultations,
 * budgets and headings hold one per language.
 */
@Embeddable
public class ContentText {

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "description")
    private String description;

    protected ContentText() {
    }

    private ContentText(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The texts as typed, cleaned, each within its length (else refused); blank ones are none. */
    public static ContentText of(String name, int nameLength, String description, int descriptionLength) {
        return new ContentText(Translations.line(name, nameLength, "validation.tooLong"),
                Translations.block(description, descriptionLength, "validation.tooLong"));
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isEmpty() {
        return name == null && description == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentText that && Objects.equals(name, that.name)
                && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description);
    }
}
