package org.civicvoice.participation.consultation.rest;

import org.civicvoice.participation.consultation.entity.CommentView;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationCard;
import org.civicvoice.participation.consultation.entity.DispositionSheet;
import org.civicvoice.participation.consultation.entity.HeldComment;
import org.civicvoice.participation.consultation.entity.ReportFigures;
import org.civicvoice.participation.consultation.entity.SheetEntry;
import org.civicvoice.participation.consultation.entity.UnitView;
import org.civicvoice.participation.consultation.entity.VersionStructure;
import org.civicvoice.participation.lawtext.entity.ParseIssue;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.civicvoice.participation.lawtext.entity.ParsedUnit;
import org.civicvoice.participation.lawtext.entity.UnitDiff;
import org.civicvoice.participation.lawtext.entity.VersionDiff;
import org.civicvoice.participation.lawtext.entity.WordChange;
import org.civicvoice.participation.platform.rest.TranslationDto;
import org.civicvoice.participation.platform.web.Texts;
import org.civicvoice.participation.shared.ContentText;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

        static DetailDto of(Consultation c, StructureDto structure, String language) {
            return new DetailDto(c.getId(), c.title(language), c.summary(language), c.getState().name(),
                    c.getBody().getSlug(), c.getBody().name(language), c.getTopic().getSlug(),
                    c.getRegion() == null ? null : c.getRegion().getCode(),
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

    /** {@code translations}: the title ({@code name}) and summary ({@code description}) in the other languages. */
    public record DraftDto(String body, String title, String summary, String topic, String region, Instant opensAt,
                           Instant closesAt, String contact, Map<String, TranslationDto> translations) {

        Map<String, ContentText> texts() {
            return TranslationDto.others(translations, t -> ContentText.of(t.name(), Consultation.TITLE_LENGTH,
                    t.description(), Consultation.SUMMARY_LENGTH));
        }
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
                             String text, boolean hidden, String hiddenReason, Instant createdAt,
                             boolean answerRequested, long supports, List<CommentDto> replies,
                             DispositionDto disposition) {

        static CommentDto of(CommentView c) {
            return new CommentDto(c.id(), c.unitKey(), c.versionNumber(), c.author(), c.onBehalfOf(), c.quote(),
                    c.text(), c.isHidden(), c.hiddenReason(), c.createdAt(), c.answerRequested(), c.supports(),
                    c.replies().stream().map(CommentDto::of).toList(),
                    c.disposition() == null ? null : new DispositionDto(c.disposition().name(), c.dispositionReason(),
                            c.changedUnitKey(), c.changedUnitEId(), c.changedUnitLabel()));
        }
    }

    /** What the body did with a comment, and the unit of the newest version it changed (key, eId, label). */
    public record DispositionDto(String disposition, String reason, String changedUnit, String changedUnitEId,
                                 String changedUnitLabel) {
    }

    /** One decision for a list of comments; {@code version} is the consultation's version read. */
    public record DispositionRequestDto(List<Long> comments, String disposition, String reason, String unit,
                                        Long version) {
    }

    public record VersionDto(long version) {
    }

    public record FollowDto(Boolean follow) {
    }

    public record HidingDto(String reason) {
    }

    public record CountDto(String key, String label, long count) {

        static List<CountDto> of(List<ReportFigures.Count> counts) {
            return counts.stream().map(c -> new CountDto(c.key(), c.label(), c.count())).toList();
        }
    }

    /** The figures of a published report: comments, participants (citizens, organisations) and the breakdowns. */
    public record FiguresDto(long number, Instant publishedAt, long comments, long participants, long citizens,
                             long organisations, List<CountDto> perUnit, List<CountDto> perDisposition,
                             List<CountDto> byRegion, List<CountDto> perDay, ReportLinksDto links) {

        static FiguresDto of(Consultation c, ReportFigures f) {
            return new FiguresDto(c.getId(), c.getReportPublishedAt(), f.comments(), f.participants(), f.citizens(),
                    f.organisations(), CountDto.of(f.perUnit()), CountDto.of(f.perDisposition()),
                    CountDto.of(f.byRegion()), CountDto.of(f.perDay()), ReportLinksDto.of(c.getId()));
        }
    }

    public record ReportLinksDto(String self, String csv, String comments, String page) {

        static ReportLinksDto of(long number) {
            String base = "/api/consultations/" + number;
            return new ReportLinksDto(base + "/report", base + "/report.csv", base + "/comments",
                    "/consultation/view.xhtml?number=" + number + "#report");
        }
    }

    public record SheetEntryDto(long id, Instant createdAt, String unit, String unitLabel, String author,
                                String onBehalfOf, String text, boolean hidden, boolean held, String disposition,
                                String reason, String changedUnit) {

        static SheetEntryDto of(SheetEntry e) {
            return new SheetEntryDto(e.id(), e.createdAt(), e.unitKey(), e.unitLabel(), e.author(), e.onBehalfOf(),
                    e.text(), e.hidden(), e.held(), e.disposition() == null ? null : e.disposition().name(),
                    e.reason(), e.changedUnitKey());
        }
    }

    /** The officials' sheet: the consultation's version to send back, the comments, and how many lack one. */
    public record SheetDto(long number, String state, long version, long missing, List<SheetEntryDto> comments) {

        static SheetDto of(DispositionSheet sheet) {
            Consultation c = sheet.consultation();
            return new SheetDto(c.getId(), c.getState().name(), c.getVersion(), sheet.missing(),
                    sheet.comments().stream().map(SheetEntryDto::of).toList());
        }
    }

    public record HeldDto(long comment, long consultation, String consultationTitle, String author, String text,
                          long flags, Instant heldAt) {

        static HeldDto of(HeldComment h) {
            return new HeldDto(h.id(), h.consultation(), h.consultationTitle(), h.author(), h.text(), h.flags(),
                    h.heldAt());
        }
    }

    public record CommentRequestDto(String unit, String quote, String text, String onBehalfOf, Long replyTo) {
    }

    public record FlagDto(String reason, String note) {
    }
}
