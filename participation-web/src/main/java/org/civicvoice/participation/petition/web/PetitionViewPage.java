package org.civicvoice.participation.petition.web;

import org.civicvoice.participation.petition.boundary.PetitionCaseTypes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.petition.boundary.PetitionSigning;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.DayCount;
import org.civicvoice.participation.petition.entity.Milestone;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.petition.entity.PetitionDetail;
import org.civicvoice.participation.petition.entity.PetitionEvent;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.PetitionState;
import org.civicvoice.participation.petition.entity.RegionCount;
import org.civicvoice.participation.petition.entity.UnknownPetition;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.routing.boundary.CaseRouting;
import org.civicvoice.participation.routing.entity.PublicAnswer;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code petition/view.xhtml?number=...}: one petition with its progress toward every threshold, the signing box,
 * its public timeline, the published answers with their commitments, and its signatures by region and by day.
 * Anonymous readers get a stateless page.
 */
@Named
@RequestScoped
public class PetitionViewPage {

    static final int CHART_WIDTH = 600;
    static final int CHART_HEIGHT = 160;

    @Inject
    Messages messages;

    @Inject
    Petitions petitions;

    @Inject
    PetitionSigning signing;

    @Inject
    CaseRouting routing;

    @Inject
    Navigation navigation;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    private String number;
    private Petition petition;
    private PetitionCard card;
    private List<Milestone> milestones = List.of();
    private List<PetitionEvent> timeline = List.of();
    private List<RegionCount> regions = List.of();
    private List<DayCount> days = List.of();
    private List<String> publicSigners = List.of();
    private List<PublicAnswer> answers = List.of();
    private boolean author;
    private Boolean signed;
    private Instant countedAt;

    public void load() {
        try {
            countedAt = clock.instant();
            PetitionDetail detail = petitions.detail(PetitionNumber.of(number));
            petition = detail.petition();
            card = detail.card();
            milestones = detail.milestones();
            timeline = detail.timeline();
            regions = detail.regions().stream()
                    .sorted(Comparator.comparingInt(RegionCount::signatures).reversed()).toList();
            days = detail.days();
            publicSigners = detail.publicSigners();
            author = detail.readerIsAuthor();
            answers = routing.publicAnswers(PetitionCaseTypes.item(petition.getId()));
            if (request.isUserInRole(Roles.CITIZEN)) {
                OptionalInt withMine = signing.countWithMine(petition.number());
                signed = withMine.isPresent();
                withMine.ifPresent(count -> card = card.withSignatures(count));
            }
        } catch (UnknownPetition e) {
            petition = null;
            navigation.notFound();
        }
    }

    /**
     * Whether the signed-in reader's signature counts on this petition; if it does, the page shows the count with
     * it in, even before the tally has folded it.
     */
    public boolean isSigned() {
        return signed != null && signed;
    }

    /** When the page read its count, so that its script takes only counts folded after that. */
    public Instant getCountedAt() {
        return countedAt;
    }

    public boolean isOpen() {
        return petition != null && petition.getState() == PetitionState.OPEN;
    }

    public boolean isModerator() {
        return request.isUserInRole(Roles.MODERATOR) || request.isUserInRole(Roles.PLATFORM_ADMIN);
    }

    /** The largest count of a region, for the bars of the region chart. */
    public int getRegionMax() {
        return regions.stream().mapToInt(RegionCount::signatures).max().orElse(1);
    }

    public int regionPercent(RegionCount region) {
        return (int) Math.round(Math.max(0, region.signatures()) * 100.0 / Math.max(1, getRegionMax()));
    }

    /** Bars of the daily signatures, scaled into the chart's box. */
    public List<Bar> getDayBars() {
        List<DayCount> shown = days.size() > 90 ? days.subList(days.size() - 90, days.size()) : days;
        int max = shown.stream().mapToInt(DayCount::signatures).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        double slot = (double) CHART_WIDTH / Math.max(1, shown.size());
        for (int i = 0; i < shown.size(); i++) {
            DayCount day = shown.get(i);
            double height = Math.max(0, day.signatures()) * (CHART_HEIGHT - 10.0) / Math.max(1, max);
            bars.add(new Bar(day, i * slot + slot * 0.1, CHART_HEIGHT - height, slot * 0.8, height));
        }
        return bars;
    }

    public int getChartWidth() {
        return CHART_WIDTH;
    }

    public int getChartHeight() {
        return CHART_HEIGHT;
    }

    /** One bar of the chart of signatures over time. */
    public record Bar(DayCount day, double x, double y, double width, double height) {
        public DayCount getDay() {
            return day;
        }

        public String getX() {
            return String.format(java.util.Locale.ROOT, "%.1f", x);
        }

        public String getY() {
            return String.format(java.util.Locale.ROOT, "%.1f", y);
        }

        public String getWidth() {
            return String.format(java.util.Locale.ROOT, "%.1f", width);
        }

        public String getHeight() {
            return String.format(java.util.Locale.ROOT, "%.1f", height);
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Petition getPetition() {
        return petition;
    }

    public PetitionCard getCard() {
        return card;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public List<PetitionEvent> getTimeline() {
        return timeline;
    }

    /** A step's detail in the reader's language: what the platform says of it, then what a person wrote. */
    public String eventDetail(PetitionEvent event) {
        String said = messages.keyed(event.getExplanation());
        String detail = event.getDetail();
        if (said.isEmpty()) {
            return detail;
        }
        return detail == null || detail.isBlank() ? said : messages.text("petition.step.withDetail", said, detail);
    }

    public List<RegionCount> getRegions() {
        return regions;
    }

    public List<String> getPublicSigners() {
        return publicSigners;
    }

    public List<DayCount> getDays() {
        return days;
    }

    /** The answers bodies published on this petition, the first first, with what they committed to. */
    public List<PublicAnswer> getAnswers() {
        return answers;
    }

    public boolean isAuthor() {
        return author;
    }
}
