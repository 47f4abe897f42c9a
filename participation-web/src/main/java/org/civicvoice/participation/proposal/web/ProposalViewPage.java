package org.civicvoice.participation.proposal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.platform.web.LocaleSelection;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.proposal.boundary.ProposalComments;
import org.civicvoice.participation.proposal.boundary.ProposalDrafting;
import org.civicvoice.participation.proposal.boundary.ProposalModeration;
import org.civicvoice.participation.proposal.boundary.ProposalSupporting;
import org.civicvoice.participation.proposal.boundary.Proposals;
import org.civicvoice.participation.proposal.entity.CommentHiding;
import org.civicvoice.participation.proposal.entity.CommentView;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.proposal.entity.ProposalCard;
import org.civicvoice.participation.proposal.entity.ProposalDetail;
import org.civicvoice.participation.proposal.entity.ProposalNumber;
import org.civicvoice.participation.proposal.entity.ProposalState;
import org.civicvoice.participation.proposal.entity.TimelineEntry;
import org.civicvoice.participation.proposal.entity.UnknownProposal;
import org.civicvoice.participation.routing.entity.PublicAnswer;
import org.civicvoice.participation.shared.Roles;

import java.util.List;

/**
 * {@code proposal/view.xhtml?number=n}: one proposal for everyone, with its supports, answers, commitments,
 * timeline in the reader's language, and comments with replies. Anonymous readers get no session (the view is
 * transient); signed-in citizens support, withdraw, comment and reply here, the author sends a draft to moderation.
 */
@Named
@RequestScoped
public class ProposalViewPage {

    @Inject
    Proposals proposals;

    @Inject
    ProposalSupporting supporting;

    @Inject
    ProposalComments comments;

    @Inject
    ProposalDrafting drafting;

    @Inject
    ProposalModeration moderation;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    LocaleSelection locale;

    @Inject
    HttpServletRequest request;

    private String number;
    private ProposalDetail detail;
    private List<CommentView> thread = List.of();
    private boolean follow = true;
    private String commentText;
    private Long replyTo;
    private CommentHiding hideReason;
    private Long hideComment;

    public void load() {
        try {
            detail = proposals.detail(ProposalNumber.of(number));
            if (detail.proposal().getState().isPublic() && detail.card().title() != null) {
                thread = comments.of(ProposalNumber.of(number));
            }
        } catch (UnknownProposal e) {
            navigation.notFound();
        }
    }

    public void support() {
        act(() -> supporting.support(ProposalNumber.of(number), follow), "proposal.view.supportDone");
    }

    public void withdraw() {
        act(() -> supporting.withdraw(ProposalNumber.of(number)), "proposal.view.withdrawn");
    }

    public void submit() {
        act(() -> drafting.submit(ProposalNumber.of(number)), "proposal.new.submitted");
    }

    public void comment() {
        act(() -> comments.comment(ProposalNumber.of(number), replyTo, commentText), "proposal.view.commented");
    }

    public void hide() {
        act(() -> moderation.hideComment(ProposalNumber.of(number), hideComment == null ? 0 : hideComment,
                hideReason == null ? CommentHiding.OFF_TOPIC : hideReason), "proposal.view.hidden");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
            navigation.redirect("/proposal/view.xhtml?number=" + ProposalNumber.of(number));
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** A timeline step in the reader's language. */
    public String text(TimelineEntry entry) {
        return TimelineText.of(entry, locale.getLanguage().locale());
    }

    public Proposal getProposal() {
        return detail == null ? null : detail.proposal();
    }

    public ProposalCard getCard() {
        return detail == null ? null : detail.card();
    }

    public List<TimelineEntry> getTimeline() {
        return detail == null ? List.of() : detail.timeline();
    }

    public List<PublicAnswer> getAnswers() {
        return detail == null ? List.of() : detail.answers();
    }

    public List<CommentView> getThread() {
        return thread;
    }

    public boolean isAuthor() {
        return detail != null && detail.readerIsAuthor();
    }

    public boolean isSupported() {
        return detail != null && detail.readerSupports();
    }

    public boolean isSupportable() {
        return detail != null && detail.proposal().isSupportable();
    }

    public boolean isCommentable() {
        return detail != null && detail.card().title() != null
                && (detail.proposal().isSupportable() || detail.proposal().getState() == ProposalState.ANSWERED);
    }

    public boolean isModerator() {
        return request.isUserInRole(Roles.MODERATOR) || request.isUserInRole(Roles.PLATFORM_ADMIN);
    }

    public CommentHiding[] getHidingReasons() {
        return CommentHiding.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public boolean isFollow() {
        return follow;
    }

    public void setFollow(boolean follow) {
        this.follow = follow;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(Long replyTo) {
        this.replyTo = replyTo;
    }

    public CommentHiding getHideReason() {
        return hideReason;
    }

    public void setHideReason(CommentHiding hideReason) {
        this.hideReason = hideReason;
    }

    public Long getHideComment() {
        return hideComment;
    }

    public void setHideComment(Long hideComment) {
        this.hideComment = hideComment;
    }
}
