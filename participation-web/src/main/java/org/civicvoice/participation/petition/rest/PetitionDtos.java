package org.civicvoice.participation.petition.rest;

import org.civicvoice.participation.shared.ContentText;
import org.civicvoice.participation.shared.KeyedText;
import org.civicvoice.participation.platform.web.Texts;
import org.civicvoice.participation.petition.boundary.SignatureCounts;
import org.civicvoice.participation.petition.entity.DayCount;
import org.civicvoice.participation.petition.entity.Invalidation;
import org.civicvoice.participation.petition.entity.InvalidationPattern;
import org.civicvoice.participation.petition.entity.Milestone;
import org.civicvoice.participation.petition.entity.ModerationItem;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.petition.entity.PetitionDraft;
import org.civicvoice.participation.petition.entity.PetitionEvent;
import org.civicvoice.participation.petition.entity.PetitionType;
import org.civicvoice.participation.petition.entity.PetitionTypeDraft;
import org.civicvoice.participation.platform.rest.TranslationDto;
import org.civicvoice.participation.petition.entity.RegionCount;
import org.civicvoice.participation.petition.entity.SigningOutcome;
import org.civicvoice.participation.petition.entity.TypeThreshold;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The request and answer bodies of the petitions API. Requests are plain records (the boundaries validate them;
 * constraint annotations would break the OpenAPI document); answers never expose entities.
 */
public final class PetitionDtos {

    private PetitionDtos() {
    }

    /** Where to find more about a petition: the API resource, its hot count and its public page. */
    public record LinksDto(String self, String count, String page) {

        static LinksDto of(long number) {
            return new LinksDto("/api/petitions/" + number, "/api/petitions/" + number + "/count",
                    "/petition/view.xhtml?number=" + number);
        }
    }

    /** A petition as lists show it. */
    public record CardDto(long number, String title, String action, String state, String body, String bodyName,
                          String topic, String topicName, String region, String regionName, int signatures, int goal,
                          String goalConsequence, boolean goalReached, int percent, Instant openedAt,
                          Instant closesAt, Instant answeredAt, LinksDto links) {

        static CardDto of(PetitionCard card) {
            return new CardDto(card.number(), card.title(), card.action(), card.state().name(), card.bodySlug(),
                    card.bodyName(), card.topicSlug(), card.topicName(), card.regionCode(), card.regionName(),
                    card.signatures(), card.goal(),
                    card.goalConsequence() == null ? null : card.goalConsequence().name(), card.goalReached(),
                    card.getPercent(), card.openedAt(), card.closesAt(), card.answeredAt(), LinksDto.of(card.number()));
        }
    }

    /** A petition type named in the reader's language; every language in {@code translations} on request. */
    public record TypeDto(String code, String name, String description, String minAssurance, int collectionDays,
                          int sponsorsRequired, String region, List<ThresholdDto> thresholds,
                          Map<String, TranslationDto> translations) {

        static TypeDto of(PetitionType type, String language, boolean allLanguages) {
            return new TypeDto(type.getCode(), type.name(language), type.description(language),
                    type.getMinAssurance().name(), type.getCollectionDays(), type.getSponsorsRequired(),
                    type.getRegion() == null ? null : type.getRegion().getCode(),
                    type.getThresholds().stream().map(ThresholdDto::of).toList(),
                    allLanguages ? TranslationDto.all(new TranslationDto(type.getName(), null, type.getDescription()),
                            type.translations(), t -> new TranslationDto(t.getName(), null, t.getDescription())) : null);
        }
    }

    public record ThresholdDto(int position, Integer signatures, BigDecimal populationPercent, String consequence) {

        static ThresholdDto of(TypeThreshold threshold) {
            return new ThresholdDto(threshold.getPosition(), threshold.getSignatures(),
                    threshold.getPopulationPercent(), threshold.getConsequence().name());
        }
    }

    /**
     * A step of the timeline: {@code detail} in English for reading; {@code explanationKey} and its arguments for
     * a client that shows the step in its reader's language with the platform's bundles.
     */
    public record EventDto(String kind, Instant at, String detail, Integer figure, String explanationKey,
                           List<String> explanationArguments) {

        static EventDto of(PetitionEvent event) {
            KeyedText explanation = event.getExplanation();
            return new EventDto(event.getKind().name(), event.getOccurredAt(),
                    Texts.described(explanation, event.getDetail()), event.getFigure(),
                    explanation == null ? null : explanation.key(),
                    explanation == null ? null : explanation.arguments());
        }
    }

    public record MilestoneDto(int position, int signatures, String consequence, Instant reachedAt) {

        static MilestoneDto of(Milestone milestone) {
            return new MilestoneDto(milestone.getPosition(), milestone.getSignatures(),
                    milestone.getConsequence().name(), milestone.getReachedAt());
        }
    }

    public record RegionCountDto(String code, String name, int signatures) {

        static RegionCountDto of(RegionCount count) {
            return new RegionCountDto(count.code(), count.name(), count.signatures());
        }
    }

    public record DayDto(LocalDate day, int signatures, int total) {

        static DayDto of(DayCount count) {
            return new DayDto(count.day(), count.signatures(), count.total());
        }
    }

    public record RejectionDto(String reason, String note, Long duplicateOf) {

        static RejectionDto of(Petition petition) {
            if (petition.getRejectionReason() == null) {
                return null;
            }
            return new RejectionDto(petition.getRejectionReason().name(),
                    petition.getRejectionReason().hidesText() ? null : petition.getRejectionNote(),
                    petition.getDuplicateOf() == null ? null : petition.getDuplicateOf().getId());
        }
    }

    /** One petition with everything its page shows; the sponsor link only for its author while sponsoring. */
    public record DetailDto(long number, String title, String action, String background, String state, String body,
                            String bodyName, String topic, String topicName, String region, String regionName,
                            int signatures, int goal, String goalConsequence, boolean goalReached, int percent,
                            Instant openedAt, Instant closesAt, Instant closedAt, Instant answeredAt, long version,
                            TypeDto type, List<EventDto> timeline, List<MilestoneDto> milestones,
                            List<RegionCountDto> regions, List<DayDto> days, RejectionDto rejection,
                            String sponsorLink, LinksDto links) {
    }

    public record CountDto(long number, int signatures, Instant updatedAt) {

        static CountDto of(SignatureCounts.Count count) {
            return new CountDto(count.number(), count.signatures(), count.updatedAt());
        }
    }

    /** What an author writes; {@code version} only when revising (the version read). */
    public record DraftDto(String body, String type, String topic, String region, String title, String action,
                           String background, Long version) {

        PetitionDraft toDraft() {
            return new PetitionDraft(body, type, topic, region, title, action, background);
        }
    }

    /** The author's view after a change: state, version and, while sponsoring, the private link for sponsors. */
    public record AuthorViewDto(long number, String state, long version, String sponsorLink, LinksDto links) {
    }

    /** A signature: signed in, only the choices; without an account also name, e-mail and region. */
    public static class SigningDto {
        public boolean publicName;
        /** Whether the signer wants news of the petition by e-mail ({@code notify} cannot name a record component). */
        public boolean notify;
        public String sponsorCode;
        public String name;
        public String email;
        public String region;
        public String language;
    }

    public record OutcomeDto(String outcome) {

        static OutcomeDto of(SigningOutcome outcome) {
            return new OutcomeDto(outcome.name());
        }
    }

    public record TokenDto(String token) {
    }

    public record VersionDto(Long version) {
    }

    public record RejectionRequestDto(Long version, String reason, String note, Long duplicateOf) {
    }

    public record InvalidationRequestDto(String ip, String domain, Instant from, Instant until, String reason) {

        InvalidationPattern toPattern() {
            return new InvalidationPattern(ip, domain, from, until, reason);
        }
    }

    public record InvalidationDto(long id, String ip, String domain, Instant from, Instant until, String reason,
                                  int signatures, Instant createdAt) {

        static InvalidationDto of(Invalidation invalidation) {
            return new InvalidationDto(invalidation.getId(), invalidation.getIp(), invalidation.getEmailDomain(),
                    invalidation.getSignedFrom(), invalidation.getSignedUntil(), invalidation.getReason(),
                    invalidation.getSignatures(), invalidation.getCreatedAt());
        }
    }

    public record ModerationItemDto(long number, String title, String body, String bodyName, String topic,
                                    String author, Instant waitingSince, long waitingDays, String urgency,
                                    long version) {

        static ModerationItemDto of(ModerationItem item) {
            Petition petition = item.petition();
            return new ModerationItemDto(petition.getId(), petition.getTitle(), petition.getBody().getSlug(),
                    petition.getBody().getName(), petition.getTopic().getSlug(),
                    petition.getAuthor().getDisplayName(), petition.getModerationAt(), item.getWaitingDays(),
                    item.urgency().name(), petition.getVersion());
        }
    }

    /** A petition type as an administrator describes it; the other languages' texts by language tag. */
    public record TypeDraftDto(String code, String name, String description, Integer collectionDays,
                               Integer sponsorsRequired, String minAssurance, String region,
                               List<ThresholdDraftDto> thresholds, Map<String, TranslationDto> translations) {

        PetitionTypeDraft toDraft() {
            return new PetitionTypeDraft(code, name, description, collectionDays == null ? 182 : collectionDays,
                    sponsorsRequired == null ? 5 : sponsorsRequired, minAssurance, region,
                    thresholds == null ? List.of() : thresholds.stream()
                            .map(t -> new PetitionTypeDraft.Threshold(t.signatures(), t.populationPercent(), t.consequence()))
                            .toList(),
                    TranslationDto.others(translations, t -> PetitionType.text(t.name(), t.description())));
        }
    }

    public record ThresholdDraftDto(Integer signatures, BigDecimal populationPercent, String consequence) {
    }
}
