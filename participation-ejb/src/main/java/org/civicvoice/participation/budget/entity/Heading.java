package org.civicvoice.participation.budget.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.shared.ContentText;
import org.civicvoice.participation.shared.PlainText;
import org.civicvoice.participation.shared.Translations;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A part of a budget (a district or a theme) with its own amount; when it names a region, only residents of that
 * region (or a region within it) vote on it. Each voter fills one ballot per heading.
 */
@Entity
@Table(name = "bud_heading")
public class Heading {

    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_id", nullable = false, updatable = false)
    private BudgetProcess process;

    @Column(name = "slug", length = BudgetProcess.SLUG_LENGTH, nullable = false, updatable = false)
    private String slug;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "amount", nullable = false)
    private long amount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "position", nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bud_heading_text", joinColumns = @JoinColumn(name = "heading_id"))
    @MapKeyColumn(name = "language", length = Translations.TAG_LENGTH)
    private Map<String, ContentText> texts = new HashMap<>();

    protected Heading() {
    }

    public Heading(BudgetProcess process, String slug, String name, long amount, Region region, int position) {
        String cleanSlug = slug == null ? "" : slug.strip();
        if (!cleanSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || cleanSlug.length() > BudgetProcess.SLUG_LENGTH) {
            throw new InvalidBudgetInput("budget.input.headingSlug");
        }
        String cleanName = name == null ? "" : PlainText.line(name);
        if (cleanName.length() < 2 || cleanName.length() > NAME_LENGTH) {
            throw new InvalidBudgetInput("budget.input.headingName", 2, NAME_LENGTH);
        }
        if (amount <= 0) {
            throw new InvalidBudgetInput("budget.input.amount");
        }
        this.process = Objects.requireNonNull(process);
        this.slug = cleanSlug;
        this.name = cleanName;
        this.amount = amount;
        this.region = region;
        this.position = position;
    }

    /** The name in the language, or in the default language where it has none. */
    public String name(String language) {
        return Translations.pick(texts, language, ContentText::getName, name);
    }

    /** The texts in the languages other than the default, by language tag. */
    public Map<String, ContentText> translations() {
        return Map.copyOf(texts);
    }

    /** Replaces the texts in the other languages; an empty text removes that language's translation. */
    public void translate(Map<String, ContentText> translations) {
        Translations.replace(texts, translations, ContentText::isEmpty);
    }

    public Long getId() {
        return id;
    }

    public BudgetProcess getProcess() {
        return process;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public long getAmount() {
        return amount;
    }

    public Region getRegion() {
        return region;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Heading h && id != null && id.equals(h.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
