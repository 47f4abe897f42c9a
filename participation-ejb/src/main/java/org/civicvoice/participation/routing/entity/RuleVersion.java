package org.civicvoice.participation.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of a routing rule: items of this case type, topic and region (each optional; a region also covers
 * the regions inside it) go to this body. Higher priority wins, then the more specific rule, then the older one.
 * Versions are never changed: an edit supersedes the current version with a new one.
 */
@Entity
@Table(name = "rte_rule_version")
public class RuleVersion {

    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "rule_id", nullable = false, updatable = false)
    private RoutingRule rule;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Convert(converter = CaseTypeConverter.class)
    @Column(name = "case_type", length = 30, updatable = false)
    private CaseType caseType;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "topic_id", updatable = false)
    private Topic topic;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_id", updatable = false)
    private Region region;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(name = "priority", nullable = false, updatable = false)
    private int priority;

    @Column(name = "note", length = NOTE_LENGTH, updatable = false)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", updatable = false)
    private Account author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected RuleVersion() {
    }

    public RuleVersion(RoutingRule rule, int version, CaseType caseType, Topic topic, Region region, Body body,
                       int priority, String note, Account author, Instant now) {
        this.rule = Objects.requireNonNull(rule);
        this.version = version;
        this.caseType = caseType;
        this.topic = topic;
        this.region = region;
        this.body = Objects.requireNonNull(body);
        this.priority = priority;
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (this.note != null && this.note.length() > NOTE_LENGTH) {
            throw new InvalidCaseInput("note");
        }
        this.author = author;
        this.createdAt = now;
    }

    public void supersede(Instant now) {
        if (supersededAt == null) {
            supersededAt = now;
        }
    }

    /** How many conditions the rule sets: a rule with more conditions is more specific. */
    public int specificity() {
        return (caseType == null ? 0 : 1) + (topic == null ? 0 : 1) + (region == null ? 0 : 1);
    }

    /** The conditions in words, for the explanation officials see: "case type = PETITION_RESPONSE, topic = health". */
    public String conditions() {
        List<String> parts = new ArrayList<>();
        if (caseType != null) {
            parts.add("case type = " + caseType.name());
        }
        if (topic != null) {
            parts.add("topic = " + topic.getSlug());
        }
        if (region != null) {
            parts.add("region = " + region.getCode());
        }
        return parts.isEmpty() ? "any item" : String.join(", ", parts);
    }

    public Long getId() {
        return id;
    }

    public RoutingRule getRule() {
        return rule;
    }

    public long getRuleNumber() {
        return rule.getId();
    }

    public int getVersion() {
        return version;
    }

    public CaseType getCaseType() {
        return caseType;
    }

    public Topic getTopic() {
        return topic;
    }

    public Region getRegion() {
        return region;
    }

    public Body getBody() {
        return body;
    }

    public int getPriority() {
        return priority;
    }

    public String getNote() {
        return note;
    }

    public Account getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }
}
