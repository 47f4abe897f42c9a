package org.civicvoice.participation.proposal.rest;

import org.civicvoice.participation.proposal.entity.CommentView;
import org.civicvoice.participation.proposal.entity.ModerationEntry;
import org.civicvoice.participation.proposal.entity.ProposalCall;
import org.civicvoice.participation.proposal.entity.ProposalCard;
import org.civicvoice.participation.proposal.entity.TimelineEntry;
import org.civicvoice.participation.proposal.web.TimelineText;
import org.civicvoice.participation.routing.entity.Commitment;
import org.civicvoice.participation.routing.entity.PublicAnswer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The request and answer bodies of the proposals API. Requests are plain records (the boundaries validate them;
 * constraint annotations would break the OpenAPI document); answers never expose entities.
 */
public final class ProposalDtos {

    private ProposalDtos() {
    }

    public record LinksDto(String self, String page) {

        static LinksDto of(long number) {
            return new LinksDto("/api/proposals/" + number, "/proposal/view.xhtml?number=" + number);
        }
    }

    /** A proposal as lists show it. */
    public record CardDto(long number, String title, String kind, String state, String body, String bodyName,
                          String topic, String topicName, String region, String regionName, Long call,
                          String onBehalfOf, int supports, Instant publishedAt, Instant answeredAt, LinksDto links) {

        static CardDto of(ProposalCard card) {
            return new CardDto(card.number(), card.title(), card.kind().name(), card.state().name(), card.bodySlug(),
                    card.bodyName(), card.topicSlug(), card.topicName(), card.regionCode(), card.regionName(),
                    card.callId(), card.onBehalfOf(), card.supports(), card.publishedAt(), card.answeredAt(),
                    LinksDto.of(card.number()));
        }
    }

    /** A timeline step: its key and arguments for clients that translate, and the text in the caller's language. */
    public record EventDto(String key, String kind, List<String> arguments, String text, Instant at) {

        static EventDto of(TimelineEntry entry, Locale locale) {
            return new EventDto(entry.key(), entry.key().substring("proposal.timeline.".length()), entry.arguments(),
                    TimelineText.of(entry, locale), entry.at());
        }
    }

    public record CommitmentDto(String action, String owner, LocalDate dueOn, String state) {

        static CommitmentDto of(Commitment commitment) {
            return new CommitmentDto(commitment.getAction(), commitment.getOwner().getName(), commitment.getDueOn(),
                    commitment.getState().name());
        }
    }

    public record AnswerDto(String body, String text, String writtenBy, String approvedBy, Instant publishedAt,
                            List<CommitmentDto> commitments) {

        static AnswerDto of(PublicAnswer answer) {
            return new AnswerDto(answer.bodyName(), answer.text(), answer.writtenBy(), answer.approvedBy(),
                    answer.publishedAt(), answer.commitments().stream().map(CommitmentDto::of).toList());
        }
    }

    /** One proposal with its text, timeline and published answers. */
    public record DetailDto(long number, String title, String kind, String change, String reason, String language,
                            String state, String body, String bodyName, String topic, String topicName, String region,
                            String regionName, Long call, String onBehalfOf, int supports, Instant createdAt,
                            Instant publishedAt, Instant answeredAt, String rejectionReason, String rejectionNote,
                            long version, boolean supportedByMe, boolean followedByMe, List<EventDto> timeline,
                            List<AnswerDto> answers, LinksDto links) {
    }

    /** The author's view after a change: number, state and version to send with the next change. */
    public record AuthorViewDto(long number, String state, long version, LinksDto links) {
    }

    public record DraftDto(String title, String kind, String change, String reason, String onBehalfOf, String topic,
                           String region, String body, Long call, Long version) {
    }

    public record VersionDto(Long version) {
    }

    public record RejectionRequestDto(Long version, String reason, String note) {
    }

    public record SupportDto(Boolean follow) {
    }

    public record FollowDto(Boolean follow) {
    }

    public record CommentRequestDto(String text, Long replyTo) {
    }

    public record HidingDto(String reason) {
    }

    public record CommentDto(long id, String author, String text, String hiddenReason, Instant at,
                             List<CommentDto> replies) {

        static CommentDto of(CommentView view) {
            return new CommentDto(view.id(), view.authorName(), view.text(),
                    view.hiddenReason() == null ? null : view.hiddenReason().name(), view.at(),
                    view.replies().stream().map(CommentDto::of).toList());
        }
    }

    public record ModerationDto(CardDto proposal, String change, String reason, String author, long version,
                                Instant submittedAt) {

        static ModerationDto of(ModerationEntry entry) {
            return new ModerationDto(CardDto.of(entry.card()), entry.change(), entry.reason(), entry.authorName(),
                    entry.version(), entry.submittedAt());
        }
    }

    public record CallRequestDto(String body, String title, String question, Instant opensAt, Instant closesAt,
                                 Integer topN, Boolean toPetitionsCommittee) {
    }

    public record CallDto(long id, String body, String bodyName, String title, String question, Instant opensAt,
                          Instant closesAt, int topN, String forwardTo, String forwardToName, Instant closedAt) {

        static CallDto of(ProposalCall call) {
            return new CallDto(call.getId(), call.getBody().getSlug(), call.getBody().getName(), call.getTitle(),
                    call.getQuestion(), call.getOpensAt(), call.getClosesAt(), call.getTopN(),
                    call.getForwardTo().getSlug(), call.getForwardTo().getName(), call.getClosedAt());
        }
    }

    public record RankingDto(CallDto call, List<CardDto> ranked, List<Long> forwarded) {
    }
}
