package org.civicvoice.participation.consultation.rest;

import org.civicvoice.participation.consultation.entity.CommentView;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationCard;
import org.civicvoice.participation.consultation.entity.UnitView;
import org.civicvoice.participation.consultation.entity.VersionStructure;
import org.civicvoice.participation.lawtext.entity.ParseIssue;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.civicvoice.participation.lawtext.entity.ParsedUnit;
import org.civicvoice.participation.lawtext.entity.UnitDiff;
import org.civicvoice.participation.lawtext.entity.VersionDiff;
import org.civicvoice.participation.lawtext.entity.WordChange;
import org.civicvoice.participation.platform.web.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The request and answer bodies of the consultations API. Requests are plain records (the boundaries validate
 * them; constraint annotations would break the OpenAPI document); answers never expose entities.
 */
public final class ConsultationDtos {

    private ConsultationDtos() {
    }

    public record LinksDto(String self, String page) {

        static LinksDto of(long number) {
            return new LinksDto("/api/consultations/" + number, "/consultation/view.xhtml?number=" + number);
        }
    }

    public record CardDto(long number, String title, String summary, String state, String body, String bodyName,
                          String topic, String region, Instant opensAt, Instant closesAt, Integer textVersion,
                          long comments, LinksDto links) {

        static CardDto of(ConsultationCard card) {
            return new CardDto(card.number(), card.title(), card.summary(), card.state().name(), card.bodySlug(),
                    card.bodyName(), card.topicSlug(), card.regionCode(), card.opensAt(), card.closesAt(),
                    card.textVersion(), card.comments(), LinksDto.of(card.number()));
        }
    }

    public record UnitDto(int position, String key, String eId, String kind, String label, String heading,
                          String text, List<String> notes, int depth, int parent, long comments) {

        static UnitDto of(UnitView unit) {
            return new UnitDto(unit.position(), unit.key(), unit.eId(), unit.kind().name(), unit.label(),
                    unit.heading(), unit.text(), unit.notes(), unit.depth(), unit.parentPosition(), unit.comments());
        }
    }

    public record StructureDto(int version, String style, String preamble, Instant publishedAt, long draftComments,
                               List<UnitDto> units) {

        static StructureDto of(VersionStructure structure) {
            return new StructureDto(structure.number(), structure.style().name(), structure.preamble(),
                    structure.publishedAt(), structure.draftComments(),
                    structure.units().stream().map(UnitDto::of).toList());
        }
    }

    public record DetailDto(long number, String title, String summary, String state, String body, String bodyName,
                            String topic, String region, String contact, Instant opensAt, Instant closesAt,
                            Instant openedAt, Instant closedAt, long version, Integer textVersion,
                            StructureDto structure, LinksDto links) {

        static DetailDto of(Consultation c, StructureDto structure) {
            return new DetailDto(c.getId(), c.getTitle(), c.getSummary(), c.getState().name(), c.getBody().getSlug(),
                    c.getBody().getName(), c.getTopic().getSlug(), c.getRegion() == null ? null : c.getRegion().getCode(),
                    c.getContact(), c.getOpensAt(), c.getClosesAt(), c.getOpenedAt(), c.getClosedAt(), c.getVersion(),
                    c.getTextVersion(), structure, LinksDto.of(c.getId()));
        }
    }

    /** A consultation as its body's officials see it while drafting. */
    public record OwnDto(long number, String state, long version, Integer textVersion, LinksDto links) {

        static OwnDto of(Consultation c) {
            return new OwnDto(c.getId(), c.getState().name(), c.getVersion(), c.getTextVersion(), LinksDto.of(c.getId()));
        }
    }

    public record DraftDto(String body, String title, String summary, String topic, String region, Instant opensAt,
                           Instant closesAt, String contact) {
    }

    public record TextDto(String text, String style, Long version) {
    }

    public record IssueDto(int line, String key, List<String> arguments, String message) {

        static IssueDto of(ParseIssue issue, Locale locale) {
            return new IssueDto(issue.line(), issue.key(), issue.details(),
                    Texts.text(locale, issue.key(), List.of(issue.arguments())));
        }
    }

    public record ParsedUnitDto(int position, String eId, String kind, String label, String heading, String text,
                                List<String> notes, int depth, int parent, int line) {

        static ParsedUnitDto of(ParsedUnit u) {
            return new ParsedUnitDto(u.position(), u.eId(), u.kind().name(), u.label(), u.heading(), u.text(),
                    u.notes(), u.depth(), u.parent(), u.line());
        }
    }

    /** A text as read: its units and its issues; publishable only without issues. */
    public record PreviewDto(String style, String preamble, boolean publishable, List<IssueDto> issues,
                             List<ParsedUnitDto> units) {

        static PreviewDto of(ParsedDraft draft, Locale locale) {
            return new PreviewDto(draft.style().name(), draft.preamble(), draft.isPublishable(),
                    draft.issues().stream().map(i -> IssueDto.of(i, locale)).toList(),
                    draft.units().stream().map(ParsedUnitDto::of).toList());
        }
    }

    /** The refusal of an import with issues: a problem document with the issues and their line numbers. */
    public record ImportProblemDto(String type, String title, int status, String detail, List<IssueDto> issues) {
    }

    public record ImportedDto(int version, int units, LinksDto links) {
    }

    public record WordDto(String op, String text) {

        static WordDto of(WordChange change) {
            return new WordDto(change.operation().name(), change.text());
        }
    }

    public record UnitDiffDto(String key, String kind, List<String> changes, String oldLabel, String newLabel,
                              String oldEId, String newEId, List<WordDto> words) {

        static UnitDiffDto of(UnitDiff diff) {
            return new UnitDiffDto(diff.key(), diff.kind().name(),
                    diff.changes().stream().map(Enum::name).sorted().toList(), diff.oldLabel(), diff.newLabel(),
                    diff.oldEId(), diff.newEId(), diff.words().stream().map(WordDto::of).toList());
        }
    }

    public record DiffDto(int from, int to, long inserted, long deleted, long renumbered, long changed,
                          List<UnitDiffDto> units) {

        static DiffDto of(int from, int to, VersionDiff diff) {
            return new DiffDto(from, to, diff.count(org.civicvoice.participation.lawtext.entity.UnitChange.INSERTED),
                    diff.count(org.civicvoice.participation.lawtext.entity.UnitChange.DELETED),
                    diff.count(org.civicvoice.participation.lawtext.entity.UnitChange.RENUMBERED),
                    diff.count(org.civicvoice.participation.lawtext.entity.UnitChange.CHANGED),
                    diff.changed().stream().map(UnitDiffDto::of).toList());
        }
    }

    public record CommentDto(long id, String unit, int version, String author, String onBehalfOf, String quote,
                             String text, String hiddenReason, Instant createdAt, boolean answerRequested,
                             long supports, List<CommentDto> replies) {

        static CommentDto of(CommentView c) {
            return new CommentDto(c.id(), c.unitKey(), c.versionNumber(), c.author(), c.onBehalfOf(), c.quote(),
                    c.text(), c.hiddenReason(), c.createdAt(), c.answerRequested(), c.supports(),
                    c.replies().stream().map(CommentDto::of).toList());
        }
    }

    public record CommentRequestDto(String unit, String quote, String text, String onBehalfOf, Long replyTo) {
    }

    public record FlagDto(String reason, String note) {
    }
}
