package org.civicvoice.participation.petition.entity;

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
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A petition or citizens' initiative: its text, whom it addresses, and where it is in its life. The count of
 * signatures is not here: it lives in its own tally row, so signing never contends with edits of the petition.
 */
@Entity
@Table(name = "pet_petition")
public class Petition {

    public static final int NOTE_LENGTH = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id", nullable = false)
    private PetitionType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    private Topic topic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @Column(name = "title", length = PetitionText.TITLE_LENGTH, nullable = false)
    private String title;

    @Column(name = "action", length = PetitionText.ACTION_LENGTH, nullable = false)
    private String action;

    @Column(name = "background", nullable = false)
    private String background;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private PetitionState state;

    @Column(name = "sponsor_code", length = 32, nullable = false, updatable = false)
    private String sponsorCode;

    /** The language the text is written in (a platform language tag); null for none known. */
    @Column(name = "language", length = 8, updatable = false)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sponsoring_at")
    private Instant sponsoringAt;

    @Column(name = "moderation_at")
    private Instant moderationAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 30)
    private RejectionReason rejectionReason;

    @Column(name = "rejection_note", length = NOTE_LENGTH)
    private String rejectionNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private Petition duplicateOf;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "moderator_id")
    private Account moderator;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Petition() {
    }

    public Petition(PetitionType type, Body body, Topic topic, Region region, Account author, PetitionText text,
                    String language, Instant now) {
        this.type = Objects.requireNonNull(type);
        this.body = Objects.requireNonNull(body);
        this.topic = Objects.requireNonNull(topic);
        this.region = region;
        this.author = Objects.requireNonNull(author);
        write(text);
        this.language = language;
        this.state = PetitionState.DRAFT;
        this.sponsorCode = HexFormat.of().formatHex(randomBytes());
        this.createdAt = now;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private void write(PetitionText text) {
        this.title = text.title();
        this.action = text.action();
        this.background = text.background();
    }

    /** The author changes the text or its addressee while it is still a draft. */
    public void revise(PetitionType newType, Body newBody, Topic newTopic, Region newRegion, PetitionText text) {
        require(PetitionState.DRAFT);
        this.type = Objects.requireNonNull(newType);
        this.body = Objects.requireNonNull(newBody);
        this.topic = Objects.requireNonNull(newTopic);
        this.region = newRegion;
        write(text);
    }

    /** The author shares the private link: sponsors may now sign. */
    public void startSponsoring(Instant now) {
        require(PetitionState.DRAFT);
        state = PetitionState.SPONSORING;
        sponsoringAt = now;
    }

    /** Opens for signatures until the end of the type's collection period. */
    public void approve(Account by, Instant now) {
        require(PetitionState.MODERATION);
        state = PetitionState.OPEN;
        moderator = by;
        openedAt = now;
        closesAt = now.plus(type.collectionPeriod());
    }

    public void reject(RejectionReason reason, String note, Petition duplicate, Account by, Instant now) {
        require(PetitionState.MODERATION);
        Objects.requireNonNull(reason);
        if (reason == RejectionReason.DUPLICATE && (duplicate == null || duplicate.equals(this))) {
            throw new InvalidPetition("petition.reject.duplicateNeeded");
        }
        String trimmed = note == null ? null : note.strip();
        if (trimmed != null && trimmed.length() > NOTE_LENGTH) {
            throw new InvalidPetition("petition.reject.noteLength", NOTE_LENGTH);
        }
        state = PetitionState.REJECTED;
        rejectionReason = reason;
        rejectionNote = trimmed == null || trimmed.isEmpty() ? null : trimmed;
        duplicateOf = reason == RejectionReason.DUPLICATE ? duplicate : null;
        moderator = by;
        rejectedAt = now;
    }

    /** The author takes the petition back; signatures given so far stay as they are. */
    public void withdraw(Instant now) {
        if (state != PetitionState.DRAFT && state != PetitionState.SPONSORING && state != PetitionState.MODERATION
                && state != PetitionState.OPEN) {
            throw new WrongPetitionState(state.name());
        }
        state = PetitionState.WITHDRAWN;
        withdrawnAt = now;
    }

    public boolean isAuthoredBy(Account account) {
        return author.equals(account);
    }

    /** Whether the public may see what it says: hidden while unpublished and when rejected as offensive or defamatory. */
    public boolean isTextPublic() {
        if (state == PetitionState.REJECTED) {
            return !rejectionReason.hidesText();
        }
        if (state == PetitionState.WITHDRAWN) {
            return openedAt != null;
        }
        return state.isPublic();
    }

    public boolean isOpenAt(Instant now) {
        return state == PetitionState.OPEN && closesAt != null && now.isBefore(closesAt);
    }

    private void require(PetitionState expected) {
        if (state != expected) {
            throw new WrongPetitionState(state.name());
        }
    }

    public Long getId() {
        return id;
    }

    public PetitionNumber number() {
        return new PetitionNumber(id);
    }

    public PetitionType getType() {
        return type;
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

    public Account getAuthor() {
        return author;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getAction() {
        return action;
    }

    public String getBackground() {
        return background;
    }

    public PetitionState getState() {
        return state;
    }

    public String sponsorCode() {
        return sponsorCode;
    }

    public boolean acceptsSponsorCode(String code) {
        return code != null && state == PetitionState.SPONSORING
                && MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII), sponsorCode.getBytes(StandardCharsets.US_ASCII));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSponsoringAt() {
        return sponsoringAt;
    }

    public Instant getModerationAt() {
        return moderationAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Instant getRejectedAt() {
        return rejectedAt;
    }

    public RejectionReason getRejectionReason() {
        return rejectionReason;
    }

    public String getRejectionNote() {
        return rejectionNote;
    }

    public Petition getDuplicateOf() {
        return duplicateOf;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    /** An answer (or the committee's outcome) was published: "recently answered" sorts by the latest. */
    public void answered(Instant now) {
        this.answeredAt = now;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Petition that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
