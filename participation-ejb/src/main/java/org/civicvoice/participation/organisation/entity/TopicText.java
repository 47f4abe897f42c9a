package org.civicvoice.participation.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.civicvoice.participation.shared.Translations;

import java.util.Objects;

/** A topic's name and description in one language other than the default; a blank field falls back. */
@Embeddable
public class TopicText {

    @Column(name = "name", length = Topic.NAME_LENGTH)
    private String name;

    @Column(name = "description", length = Topic.DESCRIPTION_LENGTH)
    private String description;

    protected TopicText() {
    }

    public TopicText(String name, String description) {
        this.name = Translations.line(name, Topic.NAME_LENGTH, "validation.tooLong");
        this.description = Translations.block(description, Topic.DESCRIPTION_LENGTH, "validation.tooLong");
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
        return other instanceof TopicText that && Objects.equals(name, that.name)
                && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description);
    }
}
