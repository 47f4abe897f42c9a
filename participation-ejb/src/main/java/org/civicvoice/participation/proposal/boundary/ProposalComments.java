package org.civicvoice.participation.proposal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.proposal.entity.CommentView;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.proposal.entity.ProposalComment;
import org.civicvoice.participation.proposal.entity.ProposalNumber;
import org.civicvoice.participation.proposal.entity.ProposalState;
import org.civicvoice.participation.proposal.entity.UnknownComment;
import org.civicvoice.participation.proposal.entity.UnknownProposal;
import org.civicvoice.participation.proposal.entity.WrongProposalState;
import org.civicvoice.participation.shared.ReaderLanguage;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comments on public proposals, threaded one level: a comment and its replies, oldest first, read in one query.
 * Verified citizens write; the text is plain and escaped when shown.
 */
@Stateless
@PermitAll
public class ProposalComments {

    @PersistenceContext
    EntityManager em;

    @Inject
    MyAccount myAccount;

    @Inject
    ReaderLanguage reader;

    @Inject
    Clock clock;

    /** Adds a comment, or a reply when {@code replyTo} names one; answers its id. */
    @RolesAllowed(Roles.VERIFIED)
    public long comment(ProposalNumber number, Long replyTo, String text) {
        Proposal proposal = em.find(Proposal.class, number.value());
        if (proposal == null || !proposal.isTextPublic()) {
            throw new UnknownProposal(number.toString());
        }
        if (proposal.getState() != ProposalState.PUBLISHED && proposal.getState() != ProposalState.ANSWERED) {
            throw new WrongProposalState(proposal.getState().name());
        }
        ProposalComment parent = null;
        if (replyTo != null) {
            parent = em.find(ProposalComment.class, replyTo);
            if (parent == null || parent.getProposalId() != proposal.getId()) {
                throw new UnknownComment();
            }
        }
        ProposalComment comment = new ProposalComment(proposal.getId(), parent, myAccount.me(), text, clock.instant());
        comment.writtenIn(reader.tag());
        em.persist(comment);
        em.flush();
        return comment.getId();
    }

    /** The comments of a public proposal with their replies. */
    public List<CommentView> of(ProposalNumber number) {
        Proposal proposal = em.find(Proposal.class, number.value());
        if (proposal == null || !proposal.isTextPublic()) {
            throw new UnknownProposal(number.toString());
        }
        List<ProposalComment> all = em.createQuery("""
                        SELECT c FROM ProposalComment c JOIN FETCH c.author LEFT JOIN FETCH c.parent
                        WHERE c.proposalId = :id ORDER BY c.createdAt, c.id""", ProposalComment.class)
                .setParameter("id", proposal.getId())
                .setMaxResults(1000)
                .getResultList();
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        for (ProposalComment c : all) {
            if (c.getParent() != null) {
                replies.computeIfAbsent(c.getParent().getId(), id -> new ArrayList<>()).add(view(c, List.of()));
            }
        }
        return all.stream().filter(c -> c.getParent() == null)
                .map(c -> view(c, replies.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    private static CommentView view(ProposalComment c, List<CommentView> replies) {
        return new CommentView(c.getId(), c.isHidden() ? null : c.getAuthor().getDisplayName(), c.getText(),
                c.getHiddenReason(), c.getCreatedAt(), replies, c.getLanguage());
    }
}
