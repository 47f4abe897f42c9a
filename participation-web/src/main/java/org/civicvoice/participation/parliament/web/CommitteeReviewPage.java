package org.civicvoice.participation.parliament.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.BodyFilter;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.parliament.boundary.PetitionsCommittee;
import org.civicvoice.participation.parliament.entity.Hearing;
import org.civicvoice.participation.parliament.entity.HearingOutcome;
import org.civicvoice.participation.petition.boundary.PetitionCaseTypes;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;
import org.civicvoice.participation.routing.web.CaseFormat;
import org.civicvoice.participation.routing.web.CaseViewPage;
import org.civicvoice.participation.shared.ResultPage;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The petitions committee's part of {@code case/view.xhtml}, for a petition it reviews: its hearings, scheduling
 * one, and recording the outcome, each one call of parliament's boundary. The case itself is the case page's.
 */
@Named
@ViewScoped
public class CommitteeReviewPage implements Serializable {

    @Inject
    CaseViewPage casePage;

    @Inject
    transient PetitionsCommittee committee;

    @Inject
    transient GovernmentBodies bodies;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    @Inject
    transient CaseFormat format;

    private transient List<Hearing> hearings;
    private Map<String, String> ministries;
    private String hearingWhen;
    private String hearingPlace;
    private String hearingStream;
    private String outcome;
    private String outcomeSummary;
    private String outcomeLink;
    private String outcomeReferredTo;

    /** Whether the case shown is a petition before the committee. */
    public boolean isReview() {
        Case shown = casePage.getRoutedCase();
        return shown != null && PetitionCaseTypes.PARLIAMENT_REVIEW.equals(shown.getType());
    }

    public List<Hearing> getHearings() {
        if (hearings == null) {
            hearings = isReview() ? committee.hearings(caseNumber()) : List.of();
        }
        return hearings;
    }

    public void scheduleHearing() {
        act(() -> committee.scheduleHearing(caseNumber(), instant(hearingWhen), hearingPlace, hearingStream),
                "case.view.hearingScheduled");
    }

    public void recordOutcome() {
        act(() -> committee.recordOutcome(caseNumber(), outcome(outcome), outcomeSummary, outcomeLink,
                        outcomeReferredTo == null || outcomeReferredTo.isBlank() ? null
                                : BodySlug.parse(outcomeReferredTo.strip())
                                .orElseThrow(() -> new InvalidCaseInput("outcome.referredTo"))),
                "case.view.outcomeRecorded");
    }

    public HearingOutcome[] getOutcomes() {
        return HearingOutcome.values();
    }

    /** Ministries the committee can refer a petition to (every body when none is a ministry), slug to name. */
    public Map<String, String> getMinistries() {
        if (ministries == null) {
            Map<String, String> found = bodies.list(new BodyFilter(Optional.of(BodyKind.MINISTRY), Optional.empty(),
                            Optional.empty(), Optional.empty()), 0, ResultPage.MAX_SIZE).items().stream()
                    .collect(Collectors.toMap(b -> b.getSlug(), b -> b.getName(), (a, b) -> a,
                            java.util.LinkedHashMap::new));
            ministries = found.isEmpty() ? casePage.getBodyChoices().stream().collect(Collectors.toMap(
                    c -> c.slug(), c -> c.name(), (a, b) -> a, java.util.LinkedHashMap::new)) : found;
        }
        return ministries;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey, casePage.getNumber());
            navigation.redirect("/case/view.xhtml?number=" + caseNumber());
        } catch (RuntimeException e) {
            messages.refused(e);
            hearings = null;
        }
    }

    private CaseNumber caseNumber() {
        return CaseNumber.of(casePage.getNumber());
    }

    private Instant instant(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidCaseInput("hearing.when");
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(format.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCaseInput("hearing.when");
        }
    }

    private static HearingOutcome outcome(String value) {
        return Arrays.stream(HearingOutcome.values()).filter(o -> o.name().equals(value)).findFirst().orElse(null);
    }

    public String getHearingWhen() {
        return hearingWhen;
    }

    public void setHearingWhen(String hearingWhen) {
        this.hearingWhen = hearingWhen;
    }

    public String getHearingPlace() {
        return hearingPlace;
    }

    public void setHearingPlace(String hearingPlace) {
        this.hearingPlace = hearingPlace;
    }

    public String getHearingStream() {
        return hearingStream;
    }

    public void setHearingStream(String hearingStream) {
        this.hearingStream = hearingStream;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeSummary() {
        return outcomeSummary;
    }

    public void setOutcomeSummary(String outcomeSummary) {
        this.outcomeSummary = outcomeSummary;
    }

    public String getOutcomeLink() {
        return outcomeLink;
    }

    public void setOutcomeLink(String outcomeLink) {
        this.outcomeLink = outcomeLink;
    }

    public String getOutcomeReferredTo() {
        return outcomeReferredTo;
    }

    public void setOutcomeReferredTo(String outcomeReferredTo) {
        this.outcomeReferredTo = outcomeReferredTo;
    }
}
