package org.civicvoice.participation.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.petition.boundary.PetitionModeration;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.Invalidation;
import org.civicvoice.participation.petition.entity.InvalidationPattern;
import org.civicvoice.participation.petition.entity.InvalidPetition;
import org.civicvoice.participation.petition.entity.ModerationItem;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.PetitionState;
import org.civicvoice.participation.petition.entity.RejectionReason;
import org.civicvoice.participation.petition.entity.UnknownPetition;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.shared.ResultPage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code petition/moderation.xhtml}: without a number, the queue, longest waiting first with its urgency; with
 * {@code ?number=}, one petition to approve or reject, and the bulk invalidation of its signatures.
 */
@Named
@RequestScoped
public class PetitionModerationPage {

    static final int QUEUE_SIZE = 100;

    @Inject
    PetitionModeration moderation;

    @Inject
    Petitions petitions;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private String number;
    private long version;
    private String reason;
    private String note;
    private String duplicateOf;
    private String ip;
    private String domain;
    private String from;
    private String until;
    private String invalidationReason;
    private Petition petition;
    private ResultPage<ModerationItem> queue;
    private List<Invalidation> invalidations;

    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            version = getPetition().getVersion();
        } catch (UnknownPetition e) {
            navigation.notFound();
        }
    }

    public Petition getPetition() {
        if (petition == null && number != null && !number.isBlank()) {
            petition = petitions.find(PetitionNumber.of(number));
        }
        return petition;
    }

    public ResultPage<ModerationItem> getQueue() {
        if (queue == null) {
            queue = moderation.queue(0, QUEUE_SIZE);
        }
        return queue;
    }

    public List<Invalidation> getInvalidations() {
        if (invalidations == null) {
            invalidations = getPetition() == null ? List.of() : moderation.invalidations(getPetition().number());
        }
        return invalidations;
    }

    public boolean isAwaitingDecision() {
        return getPetition() != null && getPetition().getState() == PetitionState.MODERATION;
    }

    public boolean isInvalidatable() {
        return getPetition() != null && getPetition().getOpenedAt() != null;
    }

    public void approve() {
        try {
            moderation.approve(PetitionNumber.of(number), version);
            messages.info("petition.moderation.approved");
            navigation.redirect("/petition/moderation.xhtml");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void reject() {
        if (reason == null || reason.isBlank()) {
            messages.fieldError("reject:reason", "petition.moderation.reasonNeeded");
            return;
        }
        try {
            moderation.reject(PetitionNumber.of(number), version, RejectionReason.valueOf(reason), note,
                    duplicateOf == null || duplicateOf.isBlank() ? null : PetitionNumber.of(duplicateOf));
            messages.info("petition.moderation.rejected");
            navigation.redirect("/petition/moderation.xhtml");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void invalidate() {
        try {
            Invalidation done = moderation.invalidate(PetitionNumber.of(number),
                    new InvalidationPattern(ip, domain, instant(from), instant(until), invalidationReason));
            messages.info("petition.invalidate.done", done.getSignatures());
            navigation.redirect("/petition/moderation.xhtml?number=" + PetitionNumber.of(number));
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** A time of the form's {@code datetime-local} fields, in the platform's time zone. */
    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidPetition("petition.invalidate.time");
        }
    }

    public RejectionReason[] getReasons() {
        return RejectionReason.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDuplicateOf() {
        return duplicateOf;
    }

    public void setDuplicateOf(String duplicateOf) {
        this.duplicateOf = duplicateOf;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getInvalidationReason() {
        return invalidationReason;
    }

    public void setInvalidationReason(String invalidationReason) {
        this.invalidationReason = invalidationReason;
    }
}
