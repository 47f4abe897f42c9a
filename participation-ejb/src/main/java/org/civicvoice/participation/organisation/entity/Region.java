package org.civicvoice.participation.organisation.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.civicvoice.participation.shared.QueryHints;
import org.civicvoice.participation.shared.Translations;

import java.util.HashMap;
import java.util.Map;

import java.util.Objects;

/** A place in the region tree (country, province, district, municipality); signatures are counted per region. */
@Entity
@Cacheable
@NamedQuery(name = Region.ALL, query = "SELECT r FROM Region r ORDER BY r.kind, r.name", hints = {
        @QueryHint(name = QueryHints.LEFT_FETCH, value = "r.parent"),
        @QueryHint(name = QueryHints.BATCH, value = "r.texts"),
        @QueryHint(name = QueryHints.BATCH_TYPE, value = "IN"),
        @QueryHint(name = QueryHints.CACHE_RESULTS, value = "true"),
        @QueryHint(name = QueryHints.CACHE_EXPIRY, value = QueryHints.DIRECTORY_EXPIRY_MILLIS)})
@Table(name = "org_region")
public class Region {

    /** All regions by level and name, served from the query cache. */
    public static final String ALL = "Region.all";

    public static final int CODE_LENGTH = 32;
    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true, updatable = false)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private RegionKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Region parent;

    @PositiveOrZero
    @Column(name = "population")
    private Integer population;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "org_region_text", joinColumns = @JoinColumn(name = "region_id"))
    @MapKeyColumn(name = "language", length = Translations.TAG_LENGTH)
    private Map<String, RegionText> texts = new HashMap<>();

    protected Region() {
    }

    public Region(String code, String name, RegionKind kind, Region parent, Integer population) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.parent = parent;
        this.population = population;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionKind getKind() {
        return kind;
    }

    public Region getParent() {
        return parent;
    }

    /** The name in the language (a tag such as {@code km}), else in the default language. */
    public String name(String language) {
        return Translations.pick(texts, language, RegionText::getName, name);
    }

    /** The names in the languages other than the default, by language tag. */
    public Map<String, RegionText> translations() {
        return Map.copyOf(texts);
    }

    /** Replaces the names in the other languages; an empty one removes that language's translation. */
    public void translate(Map<String, RegionText> translations) {
        Translations.replace(texts, translations, RegionText::isEmpty);
    }

    /** Whether this region is the area or lies inside it (a district within its province, and so on). */
    public boolean isWithin(Region area) {
        for (Region r = this; r != null; r = r.parent) {
            if (r.equals(area)) {
                return true;
            }
        }
        return false;
    }

    public Integer getPopulation() {
        return population;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region region && Objects.equals(code, region.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return "Region[" + code + "]";
    }
}
