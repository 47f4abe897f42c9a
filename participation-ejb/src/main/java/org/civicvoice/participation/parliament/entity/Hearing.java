package org.civicvoice.participation.parliament.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;

import java.net.URI;
import java.time.Instant;

/** A hearing of the petitions committee on a petition: when, where, and where to watch it. */
@Entity
@Table(name = "prl_hearing")
public class Hearing {

    public static final int PLACE_LENGTH = 300;
    public static final int URL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The committee's review case in routing. */
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseNumber;

    @Column(name = "scheduled_at", nullable = false, updatable = false)
    private Instant scheduledAt;

    @Column(name = "place", length = PLACE_LENGTH, updatable = false)
    private String place;

    @Column(name = "stream_url", length = URL_LENGTH, updatable = false)
    private String streamUrl;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Hearing() {
    }

    public Hearing(CaseNumber review, Instant scheduledAt, String place, String streamUrl, Instant now) {
        this.caseNumber = review.value();
        if (scheduledAt == null) {
            throw new InvalidCaseInput("hearing.when");
        }
        String cleanPlace = place == null || place.isBlank() ? null : place.strip();
        String cleanUrl = streamUrl == null || streamUrl.isBlank() ? null : streamUrl.strip();
        if (cleanPlace == null && cleanUrl == null) {
            throw new InvalidCaseInput("hearing.where");
        }
        if (cleanPlace != null && cleanPlace.length() > PLACE_LENGTH) {
            throw new InvalidCaseInput("hearing.where");
        }
        if (cleanUrl != null && !isWebAddress(cleanUrl)) {
            throw new InvalidCaseInput("hearing.stream");
        }
        this.scheduledAt = scheduledAt;
        this.place = cleanPlace;
        this.streamUrl = cleanUrl;
        this.createdAt = now;
    }

    /** Only http(s) addresses: a stream link is shown to the public as a link. */
    public static boolean isWebAddress(String text) {
        if (text.length() > URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    public Long getId() {
        return id;
    }

    public CaseNumber getReview() {
        return new CaseNumber(caseNumber);
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public String getPlace() {
        return place;
    }

    public String getStreamUrl() {
        return streamUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
