package org.civicvoice.participation.consultation.entity;

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
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.shared.ContentText;
import org.civicvoice.participation.shared.PlainText;
import org.civicvoice.participation.shared.Translations;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A body asks the public about a draft law between two dates. It opens and closes by the schedule's scan (a
 * conditional update on its state and date), so its state changes here only while a person edits it; every edit
 * is checked against {@link #getVersion()}, so a stale one is refused.
 */
@Entity
@Table(name = "con_consultation")
public class Consultation {

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 4000;
    public static final int CONTACT_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    private Topic topic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(name = "summary", length = SUMMARY_LENGTH, nullable = false)
    private String summary;

    @Column(name = "contact", length = CONTACT_LENGTH, nullable = false)
    private String contact;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private ConsultationState state;

    @Column(name = "text_version")
    private Integer textVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private Account createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "report_published_at")
    private Instant reportPublishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "con_consultation_text", joinColumns = @JoinColumn(name = "consultation_id"))
    @MapKeyColumn(name = "language", length = Translations.TAG_LENGTH)
    private Map<String, ContentText> texts = new HashMap<>();

    protected Consultation() {
    }

    public Consultation(Body body, Topic topic, Region region, String title, String summary, String contact,
                        Instant opensAt, Instant closesAt, Account createdBy, Instant now) {
        this.body = Objects.requireNonNull(body);
        this.topic = Objects.requireNonNull(topic);
        this.region = region;
        this.title = text(PlainText.line(title), 5, TITLE_LENGTH, "consultation.title");
        this.summary = text(summary, 1, SUMMARY_LENGTH, "consultation.summary");
        this.contact = text(contact, 3, CONTACT_LENGTH, "consultation.contact");
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new InvalidConsultation("consultation.dates");
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.state = ConsultationState.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    private static String text(String value, int min, int max, String key) {
        String cleaned = value == null ? "" : value.strip();
        if (cleaned.length() < min || cleaned.length() > max) {
            throw new InvalidConsultation(key, min, max);
        }
        return cleaned;
    }

    /** A new version of the text became the current one: the first ones while drafting, later ones after closing. */
    public void textImported(int number) {
        if (state == ConsultationState.OPEN) {
            throw new WrongConsultationState(state.name());
        }
        this.textVersion = number;
    }

    /** The body published its report on the comments: only once the consultation closed. */
    public void publishReport(Instant now) {
        if (state != ConsultationState.CLOSED) {
            throw new WrongConsultationState(state.name());
        }
        this.state = ConsultationState.REPORT_PUBLISHED;
        this.reportPublishedAt = Objects.requireNonNull(now);
    }

    /** Whether the body may give comments their dispositions: after closing, until the report is published. */
    public boolean takesDispositions() {
        return state == ConsultationState.CLOSED;
    }

    public boolean isPublic() {
        return state != ConsultationState.DRAFT;
    }

    public boolean isOpen() {
        return state == ConsultationState.OPEN;
    }

    /** The title in the language, or in the default language where it has none. */
    public String title(String language) {
        return Translations.pick(texts, language, ContentText::getName, title);
    }

    /** The summary in the language, or in the default language where it has none. */
    public String summary(String language) {
        return Translations.pick(texts, language, ContentText::getDescription, summary);
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

    public Body getBody() {
        return body;
    }

    public Topic getTopic() {
        return topic;
    }

    public Region getRegion() {
        return region;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getContact() {
        return contact;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public ConsultationState getState() {
        return state;
    }

    public Integer getTextVersion() {
        return textVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getReportPublishedAt() {
        return reportPublishedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Consultation that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
