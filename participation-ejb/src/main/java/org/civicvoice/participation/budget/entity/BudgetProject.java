package org.civicvoice.participation.budget.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.Region;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.civicvoice.participation.shared.PlainText;

/**
 * A project for a heading of a budget: proposed by a citizen (or imported), reviewed for feasibility by the
 * body's officials (a feasible project may get a corrected cost; an unfeasible one gets a published reason),
 * possibly merged into a duplicate. Only feasible projects go on the ballot, at their reviewed cost.
 * The support count is kept by one atomic statement per support, never read-modify-write.
 */
@Entity
@Table(name = "bud_project")
public class BudgetProject {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int REASON_LENGTH = 2000;
    public static final long MAX_COST = 1_000_000_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_id", nullable = false, updatable = false)
    private BudgetProcess process;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "heading_id", nullable = false)
    private Heading heading;

    @Column(name = "external_id", length = 64, nullable = false)
    private String externalId;

    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(name = "description", length = DESCRIPTION_LENGTH, nullable = false)
    private String description;

    @Column(name = "language", length = 8, nullable = false)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "estimated_cost", nullable = false)
    private long estimatedCost;

    @Column(name = "cost")
    private Long cost;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ProjectState state;

    @Column(name = "review_reason", length = REASON_LENGTH)
    private String reviewReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private BudgetProject mergedInto;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", updatable = false)
    private Account author;

    @Column(name = "supports", nullable = false, insertable = false, updatable = false)
    private int supports;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BudgetProject() {
    }

    public BudgetProject(BudgetProcess process, Heading heading, String externalId, String title, String description,
                         String language, Region region, BigDecimal latitude, BigDecimal longitude,
                         long estimatedCost, Account author, Instant now) {
        this(process, heading, externalId, title, description, language, region, latitude, longitude, estimatedCost,
                author, now, 5);
    }

    /**
     * A project of an imported file: its name as the file gives it (however short; its id when it has none), in no
     * known language, feasible at its cost.
     */
    public static BudgetProject imported(BudgetProcess process, Heading heading, String externalId, String name,
                                         String description, long cost, Instant now) {
        String title = name == null || PlainText.line(name).isEmpty() ? externalId : name;
        BudgetProject project = new BudgetProject(process, heading, externalId, title.length() > TITLE_LENGTH
                ? title.substring(0, TITLE_LENGTH) : title, description, "und", null, null, null, cost, null, now, 1);
        project.feasible(null, null, now);
        return project;
    }

    private BudgetProject(BudgetProcess process, Heading heading, String externalId, String title, String description,
                          String language, Region region, BigDecimal latitude, BigDecimal longitude,
                          long estimatedCost, Account author, Instant now, int titleMin) {
        String cleanTitle = title == null ? "" : PlainText.line(title);
        if (cleanTitle.length() < titleMin || cleanTitle.length() > TITLE_LENGTH) {
            throw new InvalidBudgetInput("budget.input.title", 5, TITLE_LENGTH);
        }
        String cleanDescription = description == null ? "" : description.strip();
        if (cleanDescription.length() > DESCRIPTION_LENGTH) {
            throw new InvalidBudgetInput("budget.input.description", DESCRIPTION_LENGTH);
        }
        checkCost(estimatedCost);
        if ((latitude == null) != (longitude == null)
                || (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0))) {
            throw new InvalidBudgetInput("budget.input.location");
        }
        this.process = Objects.requireNonNull(process);
        this.heading = Objects.requireNonNull(heading);
        this.externalId = Objects.requireNonNull(externalId);
        this.title = cleanTitle;
        this.description = cleanDescription;
        this.language = language == null ? "en" : language;
        this.region = region;
        this.latitude = latitude;
        this.longitude = longitude;
        this.estimatedCost = estimatedCost;
        this.author = author;
        this.createdAt = now;
        this.state = ProjectState.PROPOSED;
    }

    private static void checkCost(long amount) {
        if (amount <= 0 || amount > MAX_COST) {
            throw new InvalidBudgetInput("budget.input.cost");
        }
    }

    /** A project proposed here is known by its number in exports, once the database gave it one. */
    public void numbered() {
        if (externalId.startsWith("new-") && id != null) {
            externalId = Long.toString(id);
        }
    }

    /** The review found it feasible, at its estimated cost or at a corrected one (with the reason). */
    public void feasible(Long correctedCost, String reason, Instant now) {
        requireReviewable();
        long finalCost = correctedCost == null ? estimatedCost : correctedCost;
        checkCost(finalCost);
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (correctedCost != null && correctedCost != estimatedCost && cleanReason == null) {
            throw new InvalidBudgetInput("budget.review.costReason");
        }
        this.reviewReason = checkedReason(cleanReason);
        this.cost = finalCost;
        this.state = ProjectState.FEASIBLE;
        this.reviewedAt = now;
    }

    /** The review found it unfeasible; the reason is published. */
    public void unfeasible(String reason, Instant now) {
        requireReviewable();
        if (reason == null || reason.isBlank()) {
            throw new InvalidBudgetInput("budget.review.reasonRequired");
        }
        this.reviewReason = checkedReason(reason.strip());
        this.cost = null;
        this.state = ProjectState.UNFEASIBLE;
        this.reviewedAt = now;
    }

    /** A duplicate of {@code kept}: it leaves the ballot and links to the project kept. */
    public void mergeInto(BudgetProject kept, Instant now) {
        if (kept == this || kept.state == ProjectState.MERGED || !kept.process.equals(process)) {
            throw new InvalidBudgetInput("budget.review.mergeTarget");
        }
        requireReviewable();
        this.mergedInto = kept;
        this.state = ProjectState.MERGED;
        this.reviewedAt = now;
    }

    private void requireReviewable() {
        if (state == ProjectState.MERGED) {
            throw new WrongBudgetPhase("budget.review.merged");
        }
    }

    private static String checkedReason(String reason) {
        if (reason != null && reason.length() > REASON_LENGTH) {
            throw new InvalidBudgetInput("budget.review.reasonLength", REASON_LENGTH);
        }
        return reason;
    }

    public boolean isOnBallot() {
        return state == ProjectState.FEASIBLE;
    }

    public Long getId() {
        return id;
    }

    public BudgetProcess getProcess() {
        return process;
    }

    public Heading getHeading() {
        return heading;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLanguage() {
        return language;
    }

    public Region getRegion() {
        return region;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public long getEstimatedCost() {
        return estimatedCost;
    }

    public Long getCost() {
        return cost;
    }

    /** The cost on the ballot: the reviewed one, else the estimate. */
    public long getBallotCost() {
        return cost == null ? estimatedCost : cost;
    }

    public ProjectState getState() {
        return state;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public BudgetProject getMergedInto() {
        return mergedInto;
    }

    public Account getAuthor() {
        return author;
    }

    public int getSupports() {
        return supports;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetProject p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
