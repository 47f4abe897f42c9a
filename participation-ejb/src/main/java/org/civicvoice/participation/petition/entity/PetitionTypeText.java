package org.civicvoice.participation.petition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.civicvoice.participation.shared.Translations;

import java.util.Objects;

/** A petition type's name and description in one language other than the default; a blank field falls back. */
@Embeddable
public class PetitionTypeText {

    @Column(name = "name", length = PetitionType.NAME_LENGTH)
    private String name;

    @Column(name = "description", length = PetitionType.DESCRIPTION_LENGTH)
    private String description;

    protected PetitionTypeText() {
    }

    public PetitionTypeText(String name, String description) {
        this.name = Translations.line(name, PetitionType.NAME_LENGTH, "validation.tooLong");
        this.description = Translations.block(description, PetitionType.DESCRIPTION_LENGTH, "validation.tooLong");
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
        return other instanceof PetitionTypeText that && Objects.equals(name, that.name)
                && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description);
    }
}
