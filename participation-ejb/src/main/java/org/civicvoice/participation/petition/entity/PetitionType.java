package org.civicvoice.participation.petition.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.shared.ContentText;
import org.civicvoice.participation.shared.Translations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;

/**
 * The rules a body sets for petitions addressed to it: thresholds and what each triggers, how long signatures
 * are collected, how many sponsors a petition needs before moderation, the identity level of signers, and an
 * optional region whose residents alone may sign.
 */
@Entity
@Cacheable
@Table(name = "pet_type")
public class PetitionType {

    public static final int NAME_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(name = "code", length = 64, nullable = false, updatable = false)
    private String code;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "collection_days", nullable = false)
    private int collectionDays;

    @Column(name = "sponsors_required", nullable = false)
    private int sponsorsRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_assurance", length = 20, nullable = false)
    private AssuranceLevel minAssurance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "active", nullable = false)
    private boolean active;

    @OneToMany(mappedBy = "type", fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<TypeThreshold> thresholds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pet_type_text", joinColumns = @JoinColumn(name = "type_id"))
    @MapKeyColumn(name = "language", length = Translations.TAG_LENGTH)
    private Map<String, ContentText> texts = new HashMap<>();

    protected PetitionType() {
    }

    public PetitionType(Body body, String code, String name, String description, int collectionDays,
                        int sponsorsRequired, AssuranceLevel minAssurance, Region region) {
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*") || code.length() > 64) {
            throw new InvalidPetition("petition.type.code");
        }
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            throw new InvalidPetition("petition.type.name");
        }
        if (collectionDays < 1 || collectionDays > 3660) {
            throw new InvalidPetition("petition.type.days");
        }
        if (sponsorsRequired < 0 || sponsorsRequired > 1000) {
            throw new InvalidPetition("petition.type.sponsors");
        }
        this.body = Objects.requireNonNull(body);
        this.code = code;
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.collectionDays = collectionDays;
        this.sponsorsRequired = sponsorsRequired;
        this.minAssurance = Objects.requireNonNull(minAssurance);
        this.region = region;
        this.active = true;
    }

    /** Adds the next threshold; thresholds must grow. */
    public TypeThreshold addThreshold(Integer signatures, java.math.BigDecimal populationPercent, Consequence consequence) {
        TypeThreshold threshold = new TypeThreshold(this, thresholds.size() + 1, signatures, populationPercent, consequence);
        if (signatures != null && thresholds.stream().anyMatch(t -> t.fixedSignatures() != null && t.fixedSignatures() >= signatures)) {
            throw new InvalidPetition("petition.type.thresholdOrder");
        }
        thresholds.add(threshold);
        return threshold;
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public String getCode() {
        return code;
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

    public int getCollectionDays() {
        return collectionDays;
    }

    public Duration collectionPeriod() {
        return Duration.ofDays(collectionDays);
    }

    public int getSponsorsRequired() {
        return sponsorsRequired;
    }

    public AssuranceLevel getMinAssurance() {
        return minAssurance;
    }

    public Region getRegion() {
        return region;
    }

    public boolean isActive() {
        return active;
    }

    public List<TypeThreshold> getThresholds() {
        return List.copyOf(thresholds);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PetitionType that && Objects.equals(body, that.body) && Objects.equals(code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }
}
