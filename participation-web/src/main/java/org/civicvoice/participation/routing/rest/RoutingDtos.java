package org.civicvoice.participation.routing.rest;

import org.civicvoice.participation.platform.web.Texts;
import jakarta.ws.rs.BadRequestException;
import org.civicvoice.participation.routing.entity.BodyFigures;
import org.civicvoice.participation.routing.entity.CaseType;
import org.civicvoice.participation.routing.entity.Holiday;
import org.civicvoice.participation.routing.entity.Routing;
import org.civicvoice.participation.routing.entity.RuleDraft;
import org.civicvoice.participation.routing.entity.RuleVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The request and answer bodies of the routing rules, holidays and transparency APIs. Requests are plain records
 * (the boundaries validate them); answers never expose entities.
 */
public final class RoutingDtos {

    private RoutingDtos() {
    }

    /** One version of a routing rule; a condition left out ({@code null}) matches every item. */
    public record RuleDto(long number, int version, String caseType, String topic, String topicName, String region,
                          String regionName, String body, String bodyName, int priority, String note, String author,
                          Instant createdAt, Instant supersededAt, String self) {

        static RuleDto of(RuleVersion rule) {
            return new RuleDto(rule.getRuleNumber(), rule.getVersion(),
                    rule.getCaseType() == null ? null : rule.getCaseType().name(),
                    rule.getTopic() == null ? null : rule.getTopic().getSlug(),
                    rule.getTopic() == null ? null : rule.getTopic().getName(),
                    rule.getRegion() == null ? null : rule.getRegion().getCode(),
                    rule.getRegion() == null ? null : rule.getRegion().getName(),
                    rule.getBody().getSlug(), rule.getBody().getName(), rule.getPriority(), rule.getNote(),
                    rule.getAuthor() == null ? null : rule.getAuthor().getDisplayName(),
                    rule.getCreatedAt(), rule.getSupersededAt(), "/api/routing-rules/" + rule.getRuleNumber());
        }
    }

    /** What an administrator writes for a rule: conditions (each optional), the body, the priority, a note. */
    public record RuleDraftDto(String caseType, String topic, String region, String body, Integer priority,
                               String note) {

        RuleDraft toDraft() {
            return new RuleDraft(RoutingDtos.caseType(caseType), topic, region, body, priority == null ? 0 : priority, note);
        }
    }

    /** Where an item would go now and why; {@code rule} and {@code version} are null when no rule matched. */
    public record PreviewDto(String body, String bodyName, Long rule, Integer version, String reason) {

        static PreviewDto of(Routing routing) {
            return new PreviewDto(routing.body().getSlug(), routing.body().getName(),
                    routing.rule() == null ? null : routing.rule().getRuleNumber(),
                    routing.rule() == null ? null : routing.rule().getVersion(),
                    Texts.text(Locale.ENGLISH, routing.reason()));
        }
    }

    public record HolidayDto(LocalDate day, String name) {

        static HolidayDto of(Holiday holiday) {
            return new HolidayDto(holiday.getDay(), holiday.getName());
        }
    }

    public record HolidayNameDto(String name) {
    }

    /**
     * How a body (or, in {@code total}, the whole platform) answers: cases received, answered, answered by their due
     * date with the share in percent, the median time to answer in hours, open cases overdue now.
     */
    public record FiguresDto(String body, String bodyName, long received, long answered, long answeredOnTime,
                             Integer onTimePercent, Double medianHoursToAnswer, long overdueNow) {

        static FiguresDto of(BodyFigures figures) {
            return new FiguresDto(figures.bodySlug(), figures.bodyName(), figures.received(), figures.answered(),
                    figures.answeredOnTime(), figures.onTimePercent(), figures.medianHoursToAnswer(),
                    figures.overdueNow());
        }
    }

    public record TransparencyDto(FiguresDto total, List<FiguresDto> bodies) {

        static TransparencyDto of(List<BodyFigures> figures) {
            return new TransparencyDto(FiguresDto.of(figures.get(0)),
                    figures.subList(1, figures.size()).stream().map(FiguresDto::of).toList());
        }
    }

    /** {@code petition-response} or {@code PETITION_RESPONSE} → the case type; blank is none; else a bad request. */
    static CaseType caseType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        CaseType parsed = CaseType.parse(value.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        if (parsed == null) {
            throw new BadRequestException("case type must be a code such as petition-response");
        }
        return parsed;
    }
}
