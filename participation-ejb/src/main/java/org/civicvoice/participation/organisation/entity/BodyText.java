package org.civicvoice.participation.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.civicvoice.participation.shared.Translations;

import java.util.Objects;

/** A body's name, short name and description in one language other than the default; a blank field falls back. */
@Embeddable
public class BodyText {

    @Column(name = "name", length = Body.NAME_LENGTH)
    private String name;

    @Column(name = "short_name", length = Body.SHORT_NAME_LENGTH)
    private String shortName;

    @Column(name = "description", length = Body.DESCRIPTION_LENGTH)
    private String description;

    protected BodyText() {
    }

    public BodyText(String name, String shortName, String description) {
        this.name = Translations.line(name, Body.NAME_LENGTH, "validation.tooLong");
        this.shortName = Translations.line(shortName, Body.SHORT_NAME_LENGTH, "validation.tooLong");
        this.description = Translations.block(description, Body.DESCRIPTION_LENGTH, "validation.tooLong");
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getDescription() {
        return description;
    }

    /** Whether nothing is translated. */
    public boolean isEmpty() {
        return name == null && shortName == null && description == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BodyText that && Objects.equals(name, that.name)
                && Objects.equals(shortName, that.shortName) && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, shortName, description);
    }
}
