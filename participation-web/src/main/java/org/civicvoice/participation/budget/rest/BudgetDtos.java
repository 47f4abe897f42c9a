package org.civicvoice.participation.budget.rest;

import org.civicvoice.participation.budget.entity.BallotView;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.Heading;
import org.civicvoice.participation.budget.entity.ProjectMilestone;
import org.civicvoice.participation.budget.entity.ProjectSpending;
import org.civicvoice.participation.budget.entity.TimelineEntry;
import org.civicvoice.participation.platform.rest.TranslationDto;
import org.civicvoice.participation.platform.web.Texts;
import org.civicvoice.participation.shared.ContentText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request and answer bodies of the budgets API: plain records (the boundaries validate), never entities.
 */
public final class BudgetDtos {

    private BudgetDtos() {
    }

    public record HeadingRequestDto(String slug, String name, Long amount, String region,
                                    Map<String, TranslationDto> translations) {
    }

    public record ProcessRequestDto(String slug, String body, String name, String description, String currency,
                                    String ballotKind, Integer maxChoices, Integer minProjects, Integer maxProjects,
                                    Integer minSharePercent, String rule, String minAssurance, Instant reviewAt,
                                    Instant votingAt, Instant resultsAt, List<HeadingRequestDto> headings,
                                    Map<String, TranslationDto> translations) {
    }

    public record ProjectRequestDto(String heading, String title, String description, String region,
                                    BigDecimal latitude, BigDecimal longitude, Long cost) {
    }

    public record ReviewRequestDto(Boolean feasible, Long cost, String reason) {
    }

    public record MergeRequestDto(Long into) {
    }

    public record PhaseRequestDto(String from) {
    }

    public record BallotRequestDto(List<Long> projects) {
    }

    public record MilestoneRequestDto(String title, String description, LocalDate dueOn, String status,
                                      Integer progress, Long spent, Long version) {
    }

    public record HeadingDto(String slug, String name, long amount, String region) {

        static HeadingDto of(Heading h, String language) {
            return new HeadingDto(h.getSlug(), h.name(language), h.getAmount(),
                    h.getRegion() == null ? null : h.getRegion().getCode());
        }
    }

    public record ProcessCardDto(String slug, String name, String body, String bodyName, String currency,
                                 String phase, String ballotKind, String rule, Instant votingAt, Instant resultsAt,
                                 boolean imported, String page) {

        static ProcessCardDto of(BudgetProcess p, String language) {
            return new ProcessCardDto(p.getSlug(), p.name(language), p.getBody().getSlug(), p.getBody().name(language),
                    p.getCurrency(), p.getPhase().name(), p.getBallotKind().name(), p.getResultRule().name(),
                    p.getVotingAt(), p.getResultsAt(), p.isImported(), "/budget/process.xhtml?slug=" + p.getSlug());
        }
    }

    public record ProjectDto(long id, String externalId, String heading, String title, String description,
                             String language, String region, BigDecimal latitude, BigDecimal longitude,
                             long estimatedCost, Long cost, String state, String reviewReason, Long mergedInto,
                             int supports, Instant createdAt) {

        static ProjectDto of(BudgetProject p) {
            return new ProjectDto(p.getId(), p.getExternalId(), p.getHeading().getSlug(), p.getTitle(),
                    p.getDescription(), p.getLanguage(), p.getRegion() == null ? null : p.getRegion().getCode(),
                    p.getLatitude(), p.getLongitude(), p.getEstimatedCost(), p.getCost(), p.getState().name(),
                    p.getReviewReason(), p.getMergedInto() == null ? null : p.getMergedInto().getId(),
                    p.getSupports(), p.getCreatedAt());
        }
    }

    public record StepDto(String key, List<String> arguments, String text, Instant at) {

        static StepDto of(TimelineEntry e) {
            return new StepDto(e.text().key(), e.text().arguments(), Texts.text(Locale.ENGLISH, e.text()), e.at());
        }
    }

    /** The texts a client sent in the other languages, as a process's or heading's translations. */
    static Map<String, ContentText> texts(Map<String, TranslationDto> given, int nameLength) {
        return TranslationDto.others(given,
                t -> ContentText.of(t.name(), nameLength, t.description(), BudgetProcess.DESCRIPTION_LENGTH));
    }

    public record ProcessDto(String slug, String name, String description, String body, String bodyName,
                             String currency, String phase, String ballotKind, Integer maxChoices, int minProjects,
                             Integer maxProjects, int minSharePercent, String rule, String minAssurance,
                             Instant reviewAt, Instant votingAt, Instant resultsAt, String seed, boolean imported,
                             long version, List<HeadingDto> headings, List<ProjectDto> projects,
                             List<StepDto> timeline) {

        static ProcessDto of(BudgetProcess p, List<Heading> headings, List<BudgetProject> projects,
                             List<TimelineEntry> timeline, String language) {
            return new ProcessDto(p.getSlug(), p.name(language), p.description(language), p.getBody().getSlug(),
                    p.getBody().name(language), p.getCurrency(), p.getPhase().name(), p.getBallotKind().name(),
                    p.getMaxChoices(), p.getMinProjects(), p.getMaxProjects(), p.getMinSharePercent(),
                    p.getResultRule().name(), p.getMinAssurance().name(), p.getReviewAt(), p.getVotingAt(),
                    p.getResultsAt(), p.getSeed(), p.isImported(), p.getVersion(),
                    headings.stream().map(h -> HeadingDto.of(h, language)).toList(),
                    projects.stream().map(ProjectDto::of).toList(), timeline.stream().map(StepDto::of).toList());
        }
    }

    public record BallotDto(String heading, long amount, List<Long> chosen, long spent, long moneyLeft, int choices,
                            Integer choicesLeft, boolean counts) {

        static BallotDto of(BallotView v) {
            return new BallotDto(v.heading().getSlug(), v.heading().getAmount(), v.chosen().stream().sorted().toList(),
                    v.spent(), v.moneyLeft(), v.choices(), v.choicesLeft(), v.counts());
        }
    }

    public record MilestoneDto(long id, long project, String title, String description, LocalDate dueOn,
                               String status, int progress, long spent, boolean delayed, long version) {

        static MilestoneDto of(ProjectMilestone m, LocalDate today) {
            return new MilestoneDto(m.getId(), m.getProject().getId(), m.getTitle(), m.getDescription(), m.getDueOn(),
                    m.getStatus().name(), m.getProgress(), m.getSpent(), m.isDelayed(today), m.getVersion());
        }
    }

    public record SpendingDto(long project, String title, String heading, long planned, long spent, int progress,
                              int milestones, boolean delayed) {

        static SpendingDto of(ProjectSpending s) {
            return new SpendingDto(s.projectId(), s.title(), s.headingName(), s.planned(), s.spent(), s.progress(),
                    s.milestones(), s.delayed());
        }
    }
}
