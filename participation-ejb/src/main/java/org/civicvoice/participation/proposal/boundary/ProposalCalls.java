package org.civicvoice.participation.proposal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.platform.boundary.SchemaMigration;
import org.civicvoice.participation.proposal.control.ProposalCases;
import org.civicvoice.participation.proposal.control.ProposalFollowers;
import org.civicvoice.participation.proposal.control.ProposalTimeline;
import org.civicvoice.participation.proposal.entity.CallDraft;
import org.civicvoice.participation.proposal.entity.CallRanking;
import org.civicvoice.participation.proposal.entity.InvalidProposal;
import org.civicvoice.participation.proposal.entity.NotOfficialOfBody;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.proposal.entity.ProposalCall;
import org.civicvoice.participation.proposal.entity.ProposalCard;
import org.civicvoice.participation.proposal.entity.ProposalQuery;
import org.civicvoice.participation.proposal.entity.ProposalSort;
import org.civicvoice.participation.proposal.entity.UnknownCall;
import org.civicvoice.participation.shared.BusinessException;
import org.civicvoice.participation.shared.ResultPage;
import org.civicvoice.participation.shared.Roles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Calls for proposals: an official of a body opens one with a question and a closing date; citizens write proposals
 * answering it; when it closes a scan claims it with a conditional update ({@code closed_at IS NULL AND closes_at <=
 * now}) and forwards its top N proposals by support to the call's forward body through routing, recorded once
 * (a unique key per call and proposal), so two scans at once or on two nodes forward once.
 */
@Stateless
@PermitAll
public class ProposalCalls {

    /** Parliament's petitions committee, the other place a call may forward to. */
    public static final String PETITIONS_COMMITTEE = "petitions-committee";
    private static final int CLAIM_BATCH = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Officials officials;

    @Inject
    GovernmentBodies bodies;

    @Inject
    Proposals proposals;

    @Inject
    ProposalTimeline timeline;

    @Inject
    ProposalCases cases;

    @Inject
    ProposalFollowers followers;

    @Inject
    SchemaMigration schema;

    @Inject
    Clock clock;

    /** Opens a call as an official of its body (or a platform administrator); answers its number. */
    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public ProposalCall open(CallDraft draft) {
        if (draft == null || draft.bodySlug() == null || draft.bodySlug().isBlank()) {
            throw new InvalidProposal("proposal.call.body");
        }
        BodySlug slug;
        Body body;
        Body forwardTo;
        try {
            slug = BodySlug.of(draft.bodySlug().strip());
            body = bodies.find(slug);
            forwardTo = draft.toPetitionsCommittee() ? bodies.find(BodySlug.of(PETITIONS_COMMITTEE)) : body;
        } catch (BusinessException | IllegalArgumentException e) {
            throw new InvalidProposal("proposal.call.body");
        }
        Account official = officials.actingIn(List.of(slug), EnumSet.allOf(BodyRole.class))
                .orElseThrow(() -> new NotOfficialOfBody(draft.bodySlug()));
        Instant now = clock.instant();
        ProposalCall call = new ProposalCall(body, draft.title(), draft.question(), draft.opensAt(), draft.closesAt(),
                draft.topN(), forwardTo, official, now);
        em.persist(call);
        em.flush();
        return call;
    }

    /** The latest calls, the open ones first, each group by closing date, latest first. */
    public List<ProposalCall> all() {
        return em.createQuery("""
                        SELECT c FROM ProposalCall c JOIN FETCH c.body JOIN FETCH c.forwardTo
                        ORDER BY c.closesAt DESC, c.id DESC""", ProposalCall.class)
                .setMaxResults(200)
                .getResultStream()
                .sorted(java.util.Comparator.comparing(c -> c.getClosedAt() != null))
                .toList();
    }

    /** The calls taking proposals now, for the writing form. */
    public List<ProposalCall> openNow() {
        Instant now = clock.instant();
        return em.createQuery("""
                        SELECT c FROM ProposalCall c JOIN FETCH c.body JOIN FETCH c.forwardTo
                        WHERE c.closedAt IS NULL AND c.opensAt <= :now AND c.closesAt > :now ORDER BY c.closesAt""",
                        ProposalCall.class)
                .setParameter("now", now)
                .getResultList();
    }

    public ProposalCall find(long id) {
        List<ProposalCall> found = em.createQuery("""
                        SELECT c FROM ProposalCall c JOIN FETCH c.body JOIN FETCH c.forwardTo WHERE c.id = :id""",
                        ProposalCall.class)
                .setParameter("id", id)
                .getResultList();
        if (found.isEmpty()) {
            throw new UnknownCall(Long.toString(id));
        }
        return found.get(0);
    }

    /** The call with its public proposals, most supported first, and those it forwarded. */
    public CallRanking ranking(long id, int size) {
        ProposalCall call = find(id);
        ResultPage<ProposalCard> ranked = proposals.search(new ProposalQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(id), ProposalSort.MOST_SUPPORTED,
                0, size));
        List<Long> forwarded = em.createQuery("""
                        SELECT f.proposalId FROM ProposalForward f WHERE f.callId = :id ORDER BY f.rank""", Long.class)
                .setParameter("id", id)
                .getResultList();
        return new CallRanking(call, ranked.items(), forwarded);
    }

    /** Every ten seconds: the scan of {@link #closeDue}. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void scheduledClose() {
        closeDue();
    }

    /** Calls past their closing date are claimed once each and their top proposals forwarded; answers how many. */
    public int closeDue() {
        if (!schema.isMigrated()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> due = em.createQuery("""
                        SELECT c.id FROM ProposalCall c WHERE c.closedAt IS NULL AND c.closesAt <= :now
                        ORDER BY c.closesAt""", Long.class)
                .setParameter("now", now)
                .setMaxResults(CLAIM_BATCH)
                .getResultList();
        int closed = 0;
        for (Long id : due) {
            int claimed = em.createNativeQuery("""
                            UPDATE prp_call SET closed_at = ? WHERE id = ? AND closed_at IS NULL AND closes_at <= ?""")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, id)
                    .setParameter(3, Timestamp.from(now))
                    .executeUpdate();
            if (claimed == 1) {
                forwardTop(find(id), now);
                closed++;
            }
        }
        return closed;
    }

    /** The top N published proposals of the call by active supports, counted exactly at closing, in one query. */
    private void forwardTop(ProposalCall call, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> top = em.createNativeQuery("""
                        SELECT p.id, COUNT(s.id) FROM prp_proposal p
                        LEFT JOIN prp_support s ON s.proposal_id = p.id AND s.state = 'ACTIVE'
                        WHERE p.call_id = ? AND p.state IN ('PUBLISHED', 'ANSWERED')
                        GROUP BY p.id, p.published_at ORDER BY COUNT(s.id) DESC, p.published_at, p.id LIMIT ?""")
                .setParameter(1, call.getId())
                .setParameter(2, call.getTopN())
                .getResultList();
        List<Proposal> loaded = proposals.load(top.stream().map(row -> ((Number) row[0]).longValue()).toList());
        for (int i = 0; i < loaded.size(); i++) {
            Proposal proposal = loaded.get(i);
            int supports = ((Number) top.get(i)[1]).intValue();
            em.createNativeQuery("""
                            INSERT INTO prp_forward (call_id, proposal_id, rank_no, supports, forwarded_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .setParameter(1, call.getId()).setParameter(2, proposal.getId()).setParameter(3, i + 1)
                    .setParameter(4, supports).setParameter(5, Timestamp.from(now))
                    .executeUpdate();
            timeline.record(proposal.getId(), "FORWARDED", now, call.getTitle(), call.getForwardTo().named(), i + 1,
                    supports);
            cases.request(proposal, call.getForwardTo());
            followers.announce(proposal, "mail.proposal.forwarded", call.getTitle(), call.getForwardTo().named());
        }
    }
}
