package org.civicvoice.participation.proposal.boundary;

import org.civicvoice.participation.routing.boundary.CaseRouting;
import java.util.ArrayList;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyFilter;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.ChangedMeanwhile;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.proposal.control.ProposalTimeline;
import org.civicvoice.participation.proposal.control.SupportTally;
import org.civicvoice.participation.proposal.entity.InvalidProposal;
import org.civicvoice.participation.proposal.entity.NotProposalAuthor;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.proposal.entity.ProposalCall;
import org.civicvoice.participation.proposal.entity.ProposalDraft;
import org.civicvoice.participation.proposal.entity.ProposalNumber;
import org.civicvoice.participation.proposal.entity.UnknownProposal;
import org.civicvoice.participation.shared.BusinessException;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An author's work on a proposal: write and revise the draft, then hand it to moderation. Only citizens with a
 * verified e-mail or eID write proposals. The citizen picks the body addressed; when the proposal is published,
 * routing's rules may still send it to another body (the one chosen is where it goes when no rule applies).
 */
@Stateless
@RolesAllowed(Roles.VERIFIED)
public class ProposalDrafting {

    static final int SUGGESTIONS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseRouting caseRouting;

    @Inject
    MyAccount myAccount;

    @Inject
    Topics topics;

    @Inject
    Regions regions;

    @Inject
    GovernmentBodies bodies;

    @Inject
    SupportTally tally;

    @Inject
    ProposalTimeline timeline;

    @Inject
    Clock clock;

    public ProposalNumber save(ProposalDraft draft) {
        Account author = myAccount.me();
        Instant now = clock.instant();
        Choice choice = choose(draft, now);
        Proposal proposal = new Proposal(author, draft.text(), author.getLanguage(), choice.topic(), choice.region(),
                choice.body(), choice.call(), now);
        em.persist(proposal);
        em.flush();
        tally.open(proposal.getId(), now);
        timeline.recordInternal(proposal.getId(), "CREATED", now);
        return proposal.number();
    }

    /** Saves a new draft and hands it to the moderators at once. */
    public ProposalNumber saveAndSubmit(ProposalDraft draft) {
        ProposalNumber number = save(draft);
        submit(number);
        return number;
    }

    /** Changes a draft; a stale version (edited meanwhile in another tab) is refused, not overwritten. */
    public void revise(ProposalNumber number, ProposalDraft draft, long version) {
        Proposal proposal = own(number);
        if (proposal.getVersion() != version) {
            throw new ChangedMeanwhile();
        }
        Choice choice = choose(draft, clock.instant());
        proposal.revise(draft.text(), choice.topic(), choice.region(), choice.body(), choice.call());
    }

    /**
     * Suggestions for the body to address: first the body routing's rules would send a proposal on the topic to,
     * then the bodies that answer for the topic in the public directory (the rules apply again on publishing).
     */
    public List<Body> suggestedBodies(String topicSlug) {
        if (topicSlug == null || topicSlug.isBlank()) {
            return List.of();
        }
        List<Body> suggested = new ArrayList<>();
        caseRouting.suggestedBody(ProposalCaseTypes.ANSWER, topicSlug.strip(), null).ifPresent(suggested::add);
        bodies.list(new BodyFilter(Optional.empty(), Optional.of(topicSlug.strip()), Optional.empty(),
                        Optional.empty()), 0, SUGGESTIONS).items().stream()
                .filter(b -> suggested.stream().noneMatch(s -> s.getId().equals(b.getId())))
                .limit(Math.max(0, SUGGESTIONS - suggested.size()))
                .forEach(suggested::add);
        return suggested;
    }

    /** Hands the draft to the moderators. */
    public void submit(ProposalNumber number) {
        Proposal proposal = own(number);
        Instant now = clock.instant();
        proposal.submit(now);
        timeline.record(proposal.getId(), "SUBMITTED", now);
    }

    private Proposal own(ProposalNumber number) {
        Proposal proposal = em.find(Proposal.class, number.value());
        if (proposal == null) {
            throw new UnknownProposal(number.toString());
        }
        if (!proposal.isAuthoredBy(myAccount.me())) {
            throw new NotProposalAuthor();
        }
        return proposal;
    }

    private Choice choose(ProposalDraft draft, Instant now) {
        if (draft == null || draft.text() == null) {
            throw new InvalidProposal("proposal.invalid");
        }
        if (draft.topicSlug() == null || draft.topicSlug().isBlank()) {
            throw new InvalidProposal("proposal.text.topic");
        }
        Topic topic;
        Region region;
        try {
            topic = topics.find(draft.topicSlug());
            region = draft.regionCode() == null || draft.regionCode().isBlank() ? null
                    : regions.find(draft.regionCode());
        } catch (BusinessException e) {
            throw new InvalidProposal("proposal.text.topic");
        }
        ProposalCall call = null;
        if (draft.callId() != null) {
            call = em.find(ProposalCall.class, draft.callId());
            if (call == null || !call.isOpenAt(now)) {
                throw new InvalidProposal("proposal.text.callClosed");
            }
        }
        Body body;
        if (call != null) {
            body = call.getBody();
        } else if (draft.bodySlug() == null || draft.bodySlug().isBlank()) {
            throw new InvalidProposal("proposal.text.body");
        } else {
            try {
                body = bodies.find(BodySlug.of(draft.bodySlug()));
            } catch (BusinessException | IllegalArgumentException e) {
                throw new InvalidProposal("proposal.text.body");
            }
        }
        return new Choice(topic, region, body, call);
    }

    private record Choice(Topic topic, Region region, Body body, ProposalCall call) {
    }
}
