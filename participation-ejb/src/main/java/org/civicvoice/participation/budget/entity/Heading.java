package org.civicvoice.participation.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.civicvoice.participation.organisation.entity.Region;

import java.util.Objects;
import org.civicvoice.participation.shared.PlainText;

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
