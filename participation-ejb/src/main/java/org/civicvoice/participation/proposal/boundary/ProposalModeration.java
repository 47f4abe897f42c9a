package org.civicvoice.participation.proposal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.organisation.entity.ChangedMeanwhile;
import org.civicvoice.participation.proposal.control.ProposalCases;
import org.civicvoice.participation.proposal.control.ProposalFollowers;
import org.civicvoice.participation.proposal.control.ProposalTimeline;
import org.civicvoice.participation.proposal.entity.CommentHiding;
import org.civicvoice.participation.proposal.entity.ModerationEntry;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.proposal.entity.ProposalComment;
import org.civicvoice.participation.proposal.entity.ProposalNumber;
import org.civicvoice.participation.proposal.entity.ProposalRejection;
import org.civicvoice.participation.proposal.entity.ProposalState;
import org.civicvoice.participation.proposal.entity.UnknownComment;
import org.civicvoice.participation.proposal.entity.UnknownProposal;
import org.civicvoice.participation.shared.ResultPage;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The moderators' work on proposals: the queue, oldest first; publishing (the proposal can be supported, and unless
 * it answers a call its body is asked for an answer through routing in the same transaction); rejecting with a
 * coded reason; hiding a comment with a coded reason.
 */
@Stateless
@RolesAllowed({Roles.MODERATOR, Roles.PLATFORM_ADMIN})
public class ProposalModeration {

    @PersistenceContext
    EntityManager em;

    @Inject
    MyAccount myAccount;

    @Inject
    Proposals proposals;

    @Inject
    ProposalTimeline timeline;

    @Inject
    ProposalCases cases;

    @Inject
    ProposalFollowers followers;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Proposals waiting for moderation, longest waiting first. */
    public ResultPage<ModerationEntry> queue(int first, int size) {
        int pageSize = ResultPage.clampSize(size);
        long total = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.state = :state", Long.class)
                .setParameter("state", ProposalState.IN_MODERATION)
                .getSingleResult();
        List<Proposal> waiting = em.createQuery("""
                        SELECT p FROM Proposal p JOIN FETCH p.body JOIN FETCH p.topic JOIN FETCH p.author
                        LEFT JOIN FETCH p.region WHERE p.state = :state ORDER BY p.submittedAt, p.id""", Proposal.class)
                .setParameter("state", ProposalState.IN_MODERATION)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(pageSize)
                .getResultList();
        var cards = proposals.cards(waiting);
        List<ModerationEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            Proposal p = waiting.get(i);
            entries.add(new ModerationEntry(cards.get(i), p.getChange(), p.getReason(), p.getAuthor().getDisplayName(),
                    p.getVersion(), p.getSubmittedAt()));
        }
        return new ResultPage<>(entries, total, Math.max(0, first), pageSize);
    }

    /** Publishes the proposal; a proposal outside a call is handed to routing for its body's answer at once. */
    public void publish(ProposalNumber number, long version) {
        Proposal proposal = current(number, version);
        Instant now = clock.instant();
        Account moderator = myAccount.me();
        proposal.publish(moderator, now);
        timeline.record(proposal.getId(), "PUBLISHED", now);
        followers.follow(proposal.getId(), proposal.getAuthor().getId(), now);
        if (proposal.getCall() == null) {
            cases.request(proposal, proposal.getBody());
        }
        mailAuthor(proposal, "mail.proposal.published");
    }

    /** Rejects with a coded reason and an optional note for the author. */
    public void reject(ProposalNumber number, long version, ProposalRejection reason, String note) {
        Proposal proposal = current(number, version);
        Instant now = clock.instant();
        proposal.reject(reason, note, myAccount.me(), now);
        timeline.record(proposal.getId(), "REJECTED", now, "proposal.rejection." + reason.name());
        mailAuthor(proposal, "mail.proposal.rejected");
    }

    /** Hides a comment; its place shows the coded reason. */
    public void hideComment(ProposalNumber number, long commentId, CommentHiding reason) {
        ProposalComment comment = em.find(ProposalComment.class, commentId);
        if (comment == null || comment.getProposalId() != number.value()) {
            throw new UnknownComment();
        }
        if (!comment.isHidden()) {
            comment.hide(reason, myAccount.me(), clock.instant());
        }
    }

    private Proposal current(ProposalNumber number, long version) {
        Proposal proposal = em.find(Proposal.class, number.value());
        if (proposal == null) {
            throw new UnknownProposal(number.toString());
        }
        em.refresh(proposal);
        if (proposal.getVersion() != version) {
            throw new ChangedMeanwhile();
        }
        return proposal;
    }

    private void mailAuthor(Proposal proposal, String key) {
        Account author = proposal.getAuthor();
        if (author.getEmail() != null) {
            outbox.queue(author.getEmail(), author.getLanguage(), key, proposal.getTitle(),
                    outbox.link("/proposal/view.xhtml?number=" + proposal.getId()),
                    proposal.getRejectionNote() == null ? "" : proposal.getRejectionNote());
        }
    }
}
