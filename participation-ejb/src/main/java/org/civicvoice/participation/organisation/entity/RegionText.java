package org.civicvoice.participation.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.civicvoice.participation.shared.Translations;

import java.util.Objects;

/** A region's name in one language other than the default. */
@Embeddable
public class RegionText {

    @Column(name = "name", length = Region.NAME_LENGTH)
    private String name;

    protected RegionText() {
    }

    public RegionText(String name) {
        this.name = Translations.line(name, Region.NAME_LENGTH, "validation.tooLong");
    }

    public String getName() {
        return name;
    }

    public boolean isEmpty() {
        return name == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionText that && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }
}
