package org.civicvoice.participation.organisation.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civicvoice.participation.shared.ContentText;
import org.civicvoice.participation.shared.QueryHints;
import org.civicvoice.participation.shared.Translations;

import java.util.HashMap;
import java.util.Map;

import java.util.Objects;

/** A policy area (health, transport, ...) that bodies are responsible for and items are filed under. */
@Entity
@Cacheable
@NamedQuery(name = Topic.ALL, query = "SELECT t FROM Topic t ORDER BY t.name", hints = {
        @QueryHint(name = QueryHints.BATCH, value = "t.texts"),
        @QueryHint(name = QueryHints.BATCH_TYPE, value = "IN"),
        @QueryHint(name = QueryHints.CACHE_RESULTS, value = "true"),
        @QueryHint(name = QueryHints.CACHE_EXPIRY, value = QueryHints.DIRECTORY_EXPIRY_MILLIS)})
@Table(name = "org_topic")
public class Topic {

    /** All topics by name, served from the query cache. */
    public static final String ALL = "Topic.all";

    public static final int SLUG_LENGTH = 64;
    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = SLUG_LENGTH)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
    @Column(name = "slug", length = SLUG_LENGTH, nullable = false, unique = true, updatable = false)
    private String slug;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "org_topic_text", joinColumns = @JoinColumn(name = "topic_id"))
    @MapKeyColumn(name = "language", length = Translations.TAG_LENGTH)
    private Map<String, ContentText> texts = new HashMap<>();

    protected Topic() {
    }

    public Topic(String slug, String name, String description) {
        this.slug = Objects.requireNonNull(slug);
        this.name = Objects.requireNonNull(name);
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** The name and description typed in another language, each within its length. */
    public static ContentText text(String name, String description) {
        return ContentText.of(name, NAME_LENGTH, description, DESCRIPTION_LENGTH);
    }

    /** The name in the language (a tag such as {@code km}), else in the default language. */
    public String name(String language) {
        return Translations.pick(texts, language, ContentText::getName, name);
    }

    /** The description in the language, else in the default language. */
    public String description(String language) {
        return Translations.pick(texts, language, ContentText::getDescription, description);
    }

    /** The texts in the languages other than the default, by language tag. */
    public Map<String, ContentText> translations() {
        return Map.copyOf(texts);
    }

    /** Replaces the texts in the other languages; an empty text removes that language's translation. */
    public void translate(Map<String, ContentText> translations) {
        Translations.replace(texts, translations, ContentText::isEmpty);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Topic topic && Objects.equals(slug, topic.slug);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }

    @Override
    public String toString() {
        return "Topic[" + slug + "]";
    }
}
