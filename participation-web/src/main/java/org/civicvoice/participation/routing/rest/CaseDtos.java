package org.civicvoice.participation.routing.rest;

import java.util.Locale;
import org.civicvoice.participation.shared.KeyedText;
import org.civicvoice.participation.platform.web.Texts;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.routing.entity.Answer;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseEvent;
import org.civicvoice.participation.routing.entity.CaseFile;
import org.civicvoice.participation.routing.entity.CaseState;
import org.civicvoice.participation.routing.entity.Commitment;
import org.civicvoice.participation.routing.entity.QueueCounts;
import org.civicvoice.participation.routing.entity.RuleVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request and answer bodies of the cases API. Requests are plain records (the boundaries validate them);
 * answers never expose entities.
 */
public final class CaseDtos {

    private CaseDtos() {
    }

    /** A body as a case names it, in the reader's language. */
    public record BodyRefDto(String slug, String name) {

        static BodyRefDto of(Body body, String language) {
            return body == null ? null : new BodyRefDto(body.getSlug(), body.name(language));
        }
    }

    /** An official as a case names them. */
    public record PersonDto(String accountKey, String name) {

        static PersonDto of(Account account) {
            return account == null ? null : new PersonDto(account.getKey(), account.getDisplayName());
        }
    }

    /** The rule version that routed a case: its number stays across edits, the version is the exact text. */
    public record RuleDto(long number, int version, String conditions) {

        static RuleDto of(RuleVersion rule) {
            return rule == null ? null : new RuleDto(rule.getRuleNumber(), rule.getVersion(), rule.conditions());
        }
    }

    /** Where to find more about a case: the API resource, the officials' page and the item's public page. */
    public record LinksDto(String self, String page, String item) {

        static LinksDto of(Case routedCase) {
            return new LinksDto("/api/cases/" + routedCase.getId(), "/case/view.xhtml?number=" + routedCase.getId(),
                    routedCase.getItemLink());
        }
    }

    /** A case as a work queue shows it. */
    public record CaseCardDto(long number, String type, String state, String title, String itemKind, long itemId,
                              BodyRefDto body, BodyRefDto oversightBody, PersonDto assignee, Instant createdAt,
                              Instant dueAt, int transfers, int escalationLevel, LinksDto links) {

        static CaseCardDto of(Case c, String language) {
            return new CaseCardDto(c.getId(), c.getType().name(), c.getState().name(), c.getTitle(),
                    c.getItemKind().name(), c.getItemId(), BodyRefDto.of(c.getBody(), language),
                    BodyRefDto.of(c.getOversightBody(), language),
                    PersonDto.of(c.getAssignee()), c.getCreatedAt(), c.getDueAt(), c.getTransfers(),
                    c.getEscalationLevel(), LinksDto.of(c));
        }
    }

    /** How many of a body's cases are in each state, and how many open ones are overdue. */
    public record CountsDto(String body, Map<String, Long> byState, long overdue) {

        static CountsDto of(String body, QueueCounts counts) {
            Map<String, Long> byState = new LinkedHashMap<>();
            for (CaseState state : CaseState.values()) {
                byState.put(state.name(), counts.byState().getOrDefault(state, 0L));
            }
            return new CountsDto(body, byState, counts.overdue());
        }
    }

    /** One step of a case's history; {@code internal} steps (notes, drafts, assignments) never reach the public. */
    public record CaseEventDto(String kind, Instant at, String actor, BodyRefDto body, String detail, boolean internal,
                               String explanationKey, List<String> explanationArguments) {

        static CaseEventDto of(CaseEvent event, String language) {
            KeyedText explanation = event.getExplanation();
            return new CaseEventDto(event.getKind().name(), event.getOccurredAt(), event.getActorName(),
                    BodyRefDto.of(event.getBody(), language), Texts.described(explanation, event.getDetail()),
                    !event.isPublic(),
                    explanation == null ? null : explanation.key(),
                    explanation == null ? null : explanation.arguments());
        }
    }

    /** The answer with the names of both pairs of eyes; {@code version} is what a redraft must send back. */
    public record AnswerDto(String text, long version, String draftedBy, Instant draftedAt, String submittedBy,
                            Instant submittedAt, String approvedBy, Instant publishedAt) {

        static AnswerDto of(Answer answer) {
            if (answer == null) {
                return null;
            }
            return new AnswerDto(answer.getText(), answer.getVersion(), name(answer.getDraftedBy()),
                    answer.getDraftedAt(), name(answer.getSubmittedBy()), answer.getSubmittedAt(),
                    name(answer.getApprovedBy()), answer.getPublishedAt());
        }
    }

    public record CommitmentDto(long id, String action, BodyRefDto owner, LocalDate due, String state,
                                Instant createdAt, Instant settledAt, boolean overdue, Instant remindedAt,
                                Instant overdueAt) {

        static CommitmentDto of(Commitment commitment, String language) {
            return new CommitmentDto(commitment.getId(), commitment.getAction(),
                    BodyRefDto.of(commitment.getOwner(), language),
                    commitment.getDueOn(), commitment.getState().name(), commitment.getCreatedAt(),
                    commitment.getDoneAt(), commitment.isOverdue(), commitment.getRemindedAt(),
                    commitment.getOverdueAt());
        }
    }

    /** Everything an official sees of a case, and what the caller may do with it. */
    public record CaseFileDto(long number, String type, String state, String title, String itemKind, long itemId,
                              String topic, String region, String routeReason, RuleDto rule, BodyRefDto body,
                              BodyRefDto oversightBody, PersonDto assignee, Instant createdAt, Instant dueAt,
                              Instant remindAt, Instant escalateAt, Instant answeredAt, Instant closedAt,
                              int transfers, int escalationLevel, List<CaseEventDto> history, AnswerDto answer,
                              List<CommitmentDto> commitments, boolean mayAssign,
                              boolean mayApprove, LinksDto links) {

        static CaseFileDto of(CaseFile file, String language) {
            Case c = file.routedCase();
            return new CaseFileDto(c.getId(), c.getType().name(), c.getState().name(), c.getTitle(),
                    c.getItemKind().name(), c.getItemId(), c.getTopic() == null ? null : c.getTopic().getSlug(),
                    c.getRegion() == null ? null : c.getRegion().getCode(),
                    Texts.text(Locale.forLanguageTag(language), c.getRouteReason()), RuleDto.of(c.getRuleVersion()),
                    BodyRefDto.of(c.getBody(), language), BodyRefDto.of(c.getOversightBody(), language),
                    PersonDto.of(c.getAssignee()), c.getCreatedAt(), c.getDueAt(), c.getRemindAt(), c.getEscalateAt(),
                    c.getAnsweredAt(), c.getClosedAt(), c.getTransfers(), c.getEscalationLevel(),
                    file.history().stream().map(e -> CaseEventDto.of(e, language)).toList(), AnswerDto.of(file.answer()),
                    file.commitments().stream().map(m -> CommitmentDto.of(m, language)).toList(),
                    file.mayAssign(), file.mayApprove(),
                    LinksDto.of(c));
        }
    }

    private static String name(Account account) {
        return account == null ? null : account.getDisplayName();
    }

    /** A body administrator gives the case to an official of the body, named by account key. */
    public record AssignmentDto(String official) {
    }

    /** Hands the case to another body; the reason is shown on the public timeline. */
    public record TransferDto(String body, String reason) {
    }

    public record NoteDto(String text) {
    }

    /** The draft answer; {@code version} is the answer version read (null for the first draft). */
    public record AnswerDraftDto(String text, Long version) {
    }

    /** Why the approver sends the answer back. */
    public record ReturnDto(String note) {
    }

    /** An action, the body that owns it (none: the case's body) and a date ({@code yyyy-mm-dd}). */
    public record CommitmentDraftDto(String action, String body, String due) {
    }

    /** {@code DONE} or {@code DROPPED}. */
    public record SettlementDto(String state) {
    }

}
