package org.civicvoice.participation.budget.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.shared.ContentText;
import org.civicvoice.participation.shared.PlainText;
import org.civicvoice.participation.shared.Translations;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A participatory budget: a body lets citizens decide how an amount is spent. Its phases follow each other at the
 * set dates (review, voting, results) or by hand; the ballot and result rules are fixed when it is created, so
 * everyone votes and is counted by the same rules. {@code seed} is published: it draws the lot that decides a
 * tie nothing else decides.
 */
@Entity
@Table(name = "bud_process")
public class BudgetProcess {

    public static final int SLUG_LENGTH = 80;
    public static final int NAME_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", length = SLUG_LENGTH, nullable = false, updatable = false)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "description", length = DESCRIPTION_LENGTH, nullable = false)
    private String description;

    @Column(name = "currency", length = 3, nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_kind", nullable = false, updatable = false)
    private BallotKind ballotKind;

    @Column(name = "max_choices")
    private Integer maxChoices;

    @Column(name = "min_projects", nullable = false)
    private int minProjects;

    @Column(name = "max_projects")
    private Integer maxProjects;

    @Column(name = "min_share_percent", nullable = false)
    private int minSharePercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_rule", nullable = false, updatable = false)
    private ResultRule resultRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_assurance", nullable = false)
    private AssuranceLevel minAssurance;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private BudgetPhase phase;

    @Column(name = "review_at", nullable = false)
    private Instant reviewAt;

    @Column(name = "voting_at", nullable = false)
    private Instant votingAt;

    @Column(name = "results_at", nullable = false)
    private Instant resultsAt;

    @Column(name = "seed", length = 64, nullable = false, updatable = false)
    private String seed;

    @Column(name = "imported", nullable = false, updatable = false)
    private boolean imported;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bud_process_text", joinColumns = @JoinColumn(name = "process_id"))
    @MapKeyColumn(name = "language", length = Translations.TAG_LENGTH)
    private Map<String, ContentText> texts = new HashMap<>();

    protected BudgetProcess() {
    }

    public BudgetProcess(String slug, Body body, String name, String description, String currency, BallotRules ballot,
                         ResultRule resultRule, AssuranceLevel minAssurance, Instant reviewAt, Instant votingAt,
                         Instant resultsAt, String seed, boolean imported, Instant now) {
        String cleanSlug = slug == null ? "" : slug.strip();
        if (!SLUG.matcher(cleanSlug).matches() || cleanSlug.length() > SLUG_LENGTH) {
            throw new InvalidBudgetInput("budget.input.slug", SLUG_LENGTH);
        }
        this.name = text(PlainText.line(name), 3, NAME_LENGTH, "budget.input.name");
        this.description = description == null ? "" : description.strip();
        if (this.description.length() > DESCRIPTION_LENGTH) {
            throw new InvalidBudgetInput("budget.input.description", DESCRIPTION_LENGTH);
        }
        if (currency == null || !CURRENCY.matcher(currency.strip()).matches()) {
            throw new InvalidBudgetInput("budget.input.currency");
        }
        if (reviewAt == null || votingAt == null || resultsAt == null || reviewAt.isAfter(votingAt)
                || votingAt.isAfter(resultsAt)) {
            throw new InvalidBudgetInput("budget.input.dates");
        }
        if (minAssurance == null || minAssurance == AssuranceLevel.NONE) {
            throw new InvalidBudgetInput("budget.input.assurance");
        }
        this.slug = cleanSlug;
        this.body = Objects.requireNonNull(body);
        this.currency = currency.strip();
        this.ballotKind = ballot.kind();
        this.maxChoices = ballot.maxChoices();
        this.minProjects = ballot.minProjects();
        this.maxProjects = ballot.maxProjects();
        this.minSharePercent = ballot.minSharePercent();
        this.resultRule = Objects.requireNonNull(resultRule, "rule");
        this.minAssurance = minAssurance;
        this.reviewAt = reviewAt;
        this.votingAt = votingAt;
        this.resultsAt = resultsAt;
        this.seed = Objects.requireNonNull(seed);
        this.imported = imported;
        this.createdAt = now;
        this.phase = imported ? BudgetPhase.RESULTS : BudgetPhase.PROPOSALS;
    }

    private static String text(String value, int min, int max, String key) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() < min || clean.length() > max) {
            throw new InvalidBudgetInput(key, min, max);
        }
        return clean;
    }

    /** Moves on to the next phase (by hand); refused when {@code expected} is not the current one. */
    public BudgetPhase advance(BudgetPhase expected) {
        if (phase != expected || phase.next() == null) {
            throw new WrongBudgetPhase("budget.phase.wrong", phase.name());
        }
        phase = phase.next();
        return phase;
    }

    public BallotRules ballotRules() {
        return new BallotRules(ballotKind, maxChoices, minProjects, maxProjects, minSharePercent);
    }

    /** The name in the language, or in the default language where it has none. */
    public String name(String language) {
        return Translations.pick(texts, language, ContentText::getName, name);
    }

    /** The description in the language, or in the default language where it has none. */
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

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Body getBody() {
        return body;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getCurrency() {
        return currency;
    }

    public BallotKind getBallotKind() {
        return ballotKind;
    }

    public Integer getMaxChoices() {
        return maxChoices;
    }

    public int getMinProjects() {
        return minProjects;
    }

    public Integer getMaxProjects() {
        return maxProjects;
    }

    public int getMinSharePercent() {
        return minSharePercent;
    }

    public ResultRule getResultRule() {
        return resultRule;
    }

    public AssuranceLevel getMinAssurance() {
        return minAssurance;
    }

    public BudgetPhase getPhase() {
        return phase;
    }

    public Instant getReviewAt() {
        return reviewAt;
    }

    public Instant getVotingAt() {
        return votingAt;
    }

    public Instant getResultsAt() {
        return resultsAt;
    }

    public String getSeed() {
        return seed;
    }

    public boolean isImported() {
        return imported;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetProcess p && slug != null && slug.equals(p.slug);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }
}
