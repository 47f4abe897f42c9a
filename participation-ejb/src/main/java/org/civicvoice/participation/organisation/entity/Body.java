package org.civicvoice.participation.organisation.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civicvoice.participation.shared.BodyName;
import org.civicvoice.participation.shared.QueryHints;
import org.civicvoice.participation.shared.Translations;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A government body: the national government, a ministry, a department, parliament or one of its committees,
 * a municipality. Bodies form a hierarchy and are responsible for topics; items are routed to them.
 */
@Entity
@Cacheable
@NamedQueries({
        @NamedQuery(name = Body.ALL, query = "SELECT b FROM Body b ORDER BY b.name", hints = {
                @QueryHint(name = QueryHints.BATCH, value = "b.topics"),
                @QueryHint(name = QueryHints.BATCH, value = "b.texts"),
                @QueryHint(name = QueryHints.BATCH_TYPE, value = "IN"),
                @QueryHint(name = QueryHints.CACHE_RESULTS, value = "true"),
                @QueryHint(name = QueryHints.CACHE_EXPIRY, value = QueryHints.DIRECTORY_EXPIRY_MILLIS)}),
        @NamedQuery(name = Body.UNDER, query = "SELECT b FROM Body b WHERE b.parent.slug = :slug ORDER BY b.name",
                hints = {@QueryHint(name = QueryHints.BATCH, value = "b.texts"),
                        @QueryHint(name = QueryHints.BATCH_TYPE, value = "IN"),
                        @QueryHint(name = QueryHints.CACHE_RESULTS, value = "true"),
                        @QueryHint(name = QueryHints.CACHE_EXPIRY, value = QueryHints.DIRECTORY_EXPIRY_MILLIS)})
})
@Table(name = "org_body")
public class Body {

    /** All bodies by name, served from the query cache. */
    public static final String ALL = "Body.all";
    /** The bodies under one, by name, served from the query cache. */
    public static final String UNDER = "Body.under";

    public static final int NAME_LENGTH = 200;
    public static final int SHORT_NAME_LENGTH = 40;
    public static final int DESCRIPTION_LENGTH = 10_000;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 40;
    public static final int WEBSITE_LENGTH = 500;
    public static final int ADDRESS_LENGTH = 500;
    /** Only web addresses: a {@code javascript:} link on a body's page would run in its readers' browsers. */
    public static final String WEBSITE_FORM = "https?://[^\\s<>\"']+";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = BodySlug.MAX_LENGTH)
    @Column(name = "slug", length = BodySlug.MAX_LENGTH, nullable = false, unique = true, updatable = false)
    private String slug;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Size(max = SHORT_NAME_LENGTH)
    @Column(name = "short_name", length = SHORT_NAME_LENGTH)
    private String shortName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private BodyKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Body parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(name = "contact_email", length = EMAIL_LENGTH)
    private String contactEmail;

    @Size(max = PHONE_LENGTH)
    @Column(name = "contact_phone", length = PHONE_LENGTH)
    private String contactPhone;

    @Size(max = WEBSITE_LENGTH)
    @jakarta.validation.constraints.Pattern(regexp = WEBSITE_FORM)
    @Column(name = "website", length = WEBSITE_LENGTH)
    private String website;

    @Size(max = ADDRESS_LENGTH)
    @Column(name = "address", length = ADDRESS_LENGTH)
    private String address;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "org_body_topic",
            joinColumns = @JoinColumn(name = "body_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "org_body_text", joinColumns = @JoinColumn(name = "body_id"))
    @MapKeyColumn(name = "language", length = Translations.TAG_LENGTH)
    private Map<String, BodyText> texts = new HashMap<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Body() {
    }

    public Body(BodySlug slug, String name, BodyKind kind, Body parent) {
        this.slug = slug.value();
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public BodySlug slug() {
        return BodySlug.of(slug);
    }

    /** The slug as text, for views and links. */
    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public BodyKind getKind() {
        return kind;
    }

    public Body getParent() {
        return parent;
    }

    public Region getRegion() {
        return region;
    }

    public String getDescription() {
        return description;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getWebsite() {
        return website;
    }

    public String getAddress() {
        return address;
    }

    /** The name in the language (a tag such as {@code km}), else in the default language. */
    /** The body as a stored text names it: by slug, so it is shown in the reader's language. */
    public BodyName named() {
        return new BodyName(slug, name);
    }

    public String name(String language) {
        return Translations.pick(texts, language, BodyText::getName, name);
    }

    /** The short name in the language, else in the default language. */
    public String shortName(String language) {
        return Translations.pick(texts, language, BodyText::getShortName, shortName);
    }

    /** The description in the language, else in the default language. */
    public String description(String language) {
        return Translations.pick(texts, language, BodyText::getDescription, description);
    }

    /** The texts in the languages other than the default, by language tag. */
    public Map<String, BodyText> translations() {
        return Map.copyOf(texts);
    }

    /** Replaces the texts in the other languages; an empty text removes that language's translation. */
    public void translate(Map<String, BodyText> translations) {
        Translations.replace(texts, translations, BodyText::isEmpty);
    }

    /** The topics by name. */
    public List<Topic> getTopics() {
        return topics.stream().sorted(Comparator.comparing(Topic::getName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public long getVersion() {
        return version;
    }

    /** Sets what the public page shows of the body and where it sits in the hierarchy. */
    public void describe(String name, String shortName, BodyKind kind, Body parent, Region region, String description,
                         String contactEmail, String contactPhone, String website, String address) {
        if (parent != null && (parent.equals(this) || parent.isUnder(this))) {
            throw new IllegalArgumentException("A body cannot be placed under itself");
        }
        this.name = Objects.requireNonNull(name);
        this.shortName = shortName;
        this.kind = Objects.requireNonNull(kind);
        this.parent = parent;
        this.region = region;
        this.description = description;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.website = website;
        this.address = address;
    }

    /** The topics the body is responsible for, replacing the previous ones. */
    public void assign(Set<Topic> newTopics) {
        topics.clear();
        topics.addAll(newTopics);
    }

    /** Whether this body lies somewhere below the other one. */
    public boolean isUnder(Body other) {
        for (Body above = parent; above != null; above = above.parent) {
            if (above.equals(other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this body is responsible for the topic. */
    public boolean covers(Topic topic) {
        return topics.contains(topic);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Body body && Objects.equals(slug, body.slug);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }

    @Override
    public String toString() {
        return "Body[" + slug + "]";
    }
}
