package org.civicvoice.participation.proposal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.proposal.control.ProposalCases;
import org.civicvoice.participation.proposal.control.ProposalFollowers;
import org.civicvoice.participation.proposal.control.ProposalTimeline;
import org.civicvoice.participation.proposal.control.SupportLedger;
import org.civicvoice.participation.proposal.control.SupportTally;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.proposal.entity.ProposalCard;
import org.civicvoice.participation.proposal.entity.ProposalDetail;
import org.civicvoice.participation.proposal.entity.ProposalNumber;
import org.civicvoice.participation.proposal.entity.ProposalQuery;
import org.civicvoice.participation.proposal.entity.ProposalState;
import org.civicvoice.participation.proposal.entity.UnknownProposal;
import org.civicvoice.participation.routing.boundary.CaseRouting;
import org.civicvoice.participation.shared.InOrder;
import org.civicvoice.participation.shared.QueryHints;
import org.civicvoice.participation.shared.ReaderLanguage;
import org.civicvoice.participation.shared.ResultPage;
import org.civicvoice.participation.shared.Roles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading proposals: the public list with search, filters, order and pages (one query for the page, one for its
 * proposals, one for their counts: never a query per proposal); one proposal with its timeline; similar proposals
 * while writing. Drafts, proposals in moderation and texts that moderation hid are visible only to their author
 * and to moderators.
 */
@Stateless
@PermitAll
public class Proposals {

    public static final int SIMILAR_MAX = 5;

    private static final Set<String> COMMON_WORDS = Set.of("the", "and", "for", "with", "from", "that", "this",
            "these", "are", "was", "all", "our", "into", "its", "not", "but", "has", "have", "should", "must", "more",
            "any", "every", "can", "will", "their", "them", "they", "you", "your", "please", "make", "new", "law");

    @PersistenceContext
    EntityManager em;

    @Inject
    SupportTally tally;

    @Inject
    ReaderLanguage reader;

    @Inject
    SupportLedger ledger;

    @Inject
    ProposalTimeline timeline;

    @Inject
    ProposalFollowers followers;

    @Inject
    MyAccount myAccount;

    @Inject
    CaseRouting caseRouting;

    @Resource
    SessionContext context;

    /** The proposal, if the caller may read it; else as if it did not exist. */
    public Proposal find(ProposalNumber number) {
        Proposal proposal = load(number);
        if (!proposal.isTextPublic() && !viewer().mayReadAll(proposal)) {
            throw new UnknownProposal(number.toString());
        }
        return proposal;
    }

    /** The proposal with all its page shows. */
    public ProposalDetail detail(ProposalNumber number) {
        Proposal proposal = find(number);
        Viewer viewer = viewer();
        Account reader = viewer.account();
        boolean supports = reader != null && ledger.find(proposal.getId(), reader.getId())
                .map(s -> s.isActive()).orElse(false);
        boolean follows = reader != null && followers.follows(proposal.getId(), reader.getId());
        return new ProposalDetail(proposal, cards(List.of(proposal), viewer).get(0),
                timeline.of(proposal.getId(), viewer.mayReadAll(proposal)), proposal.isAuthoredBy(reader),
                supports, follows, proposal.getState().isPublic()
                        ? caseRouting.publicAnswers(ProposalCases.itemOf(proposal.getId())) : List.of());
    }

    public ProposalCard card(ProposalNumber number) {
        return cards(List.of(find(number)), viewer()).get(0);
    }

    /** Public proposals (published and answered unless {@code state} says otherwise), filtered, sorted, paged. */
    public ResultPage<ProposalCard> search(ProposalQuery query) {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (query.state().isPresent()) {
            ProposalState state = query.state().get();
            if (!state.isPublic()) {
                return new ResultPage<>(List.of(), 0, query.first(), ResultPage.clampSize(query.size()));
            }
            where.append(" WHERE p.state = ?");
            parameters.add(state.name());
        } else {
            where.append(" WHERE p.state IN ('PUBLISHED', 'ANSWERED')");
        }
        where.append(" AND (p.rejection_reason IS NULL OR p.rejection_reason NOT IN ('OFFENSIVE', 'DEFAMATORY'))");
        query.text().ifPresent(text -> {
            where.append(" AND (MATCH (p.title, p.change_text, p.reason_text) AGAINST (? IN BOOLEAN MODE)"
                    + " OR p.title LIKE ?)");
            parameters.add(booleanTerms(text));
            parameters.add("%" + like(text) + "%");
        });
        query.body().ifPresent(slug -> {
            where.append(" AND p.body_id = (SELECT b.id FROM org_body b WHERE b.slug = ?)");
            parameters.add(slug);
        });
        query.topic().ifPresent(slug -> {
            where.append(" AND p.topic_id = (SELECT tp.id FROM org_topic tp WHERE tp.slug = ?)");
            parameters.add(slug);
        });
        query.region().ifPresent(code -> {
            where.append(" AND p.region_id IN (SELECT r.id FROM org_region r LEFT JOIN org_region up"
                    + " ON up.id = r.parent_id WHERE r.code = ? OR up.code = ?)");
            parameters.add(code);
            parameters.add(code);
        });
        query.call().ifPresent(call -> {
            where.append(" AND p.call_id = ?");
            parameters.add(call);
        });
        String order = switch (query.sort()) {
            case MOST_SUPPORTED -> " ORDER BY COALESCE(t.supports, 0) DESC, p.id DESC";
            case NEWEST -> " ORDER BY p.published_at DESC, p.id DESC";
            case RECENTLY_ANSWERED -> " ORDER BY p.answered_at IS NULL, p.answered_at DESC, p.id DESC";
        };
        int size = ResultPage.clampSize(query.size());
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM prp_proposal p" + where);
        Query page = em.createNativeQuery("SELECT p.id FROM prp_proposal p LEFT JOIN prp_tally t"
                + " ON t.proposal_id = p.id" + where + order + " LIMIT ? OFFSET ?");
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            page.setParameter(i + 1, parameters.get(i));
        }
        page.setParameter(parameters.size() + 1, size);
        page.setParameter(parameters.size() + 2, query.first());
        long total = ((Number) count.getSingleResult()).longValue();
        List<Long> ids = ((List<?>) page.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return new ResultPage<>(cards(load(ids), viewer()), total, query.first(), size);
    }

    /**
     * Public proposals resembling a title being written, so that its author can support one instead of writing a
     * duplicate: published ones first, then by full-text relevance. One query; empty when the title has no words.
     */
    public List<ProposalCard> similarTo(String title, int max) {
        String text = title == null ? "" : title.strip();
        String terms = similarTerms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        String match = "MATCH (p.title, p.change_text, p.reason_text) AGAINST (? IN BOOLEAN MODE)";
        List<?> found = em.createNativeQuery("SELECT p.id FROM prp_proposal p"
                        + " WHERE p.state IN ('PUBLISHED', 'ANSWERED') AND (" + match + " OR p.title LIKE ?)"
                        + " ORDER BY p.state = 'PUBLISHED' DESC, " + match + " DESC, p.id DESC LIMIT ?")
                .setParameter(1, terms)
                .setParameter(2, "%" + like(text) + "%")
                .setParameter(3, terms)
                .setParameter(4, Math.max(1, Math.min(SIMILAR_MAX, max)))
                .getResultList();
        return cards(load(found.stream().map(id -> ((Number) id).longValue()).toList()), viewer());
    }

    /** The caller's own proposals, newest first, whatever their state. */
    @RolesAllowed(Roles.CITIZEN)
    public List<ProposalCard> mine() {
        List<Long> ids = em.createQuery("SELECT p.id FROM Proposal p WHERE p.author = :me ORDER BY p.createdAt DESC",
                        Long.class)
                .setParameter("me", myAccount.me())
                .setMaxResults(200)
                .getResultList();
        return cards(load(ids), viewer());
    }

    /** The proposals the caller supports, newest support first. */
    @RolesAllowed(Roles.CITIZEN)
    public List<ProposalCard> supportedByMe() {
        List<Long> ids = em.createQuery("""
                        SELECT s.proposalId FROM ProposalSupport s WHERE s.accountId = :me AND s.state = 'ACTIVE'
                        ORDER BY s.createdAt DESC""", Long.class)
                .setParameter("me", myAccount.me().getId())
                .setMaxResults(200)
                .getResultList();
        return cards(load(ids), viewer());
    }

    private Proposal load(ProposalNumber number) {
        Proposal proposal = em.find(Proposal.class, number.value());
        if (proposal == null) {
            throw new UnknownProposal(number.toString());
        }
        proposal.getBody().translations();
        proposal.getTopic().translations();
        if (proposal.getRegion() != null) {
            proposal.getRegion().translations();
        }
        if (proposal.getCall() != null) {
            proposal.getCall().getTitle();
        }
        return proposal;
    }

    /** The proposals with these ids, in this order, with body, topic and region in the same query. */
    public List<Proposal> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return InOrder.of(ids, em.createQuery("""
                        SELECT p FROM Proposal p JOIN FETCH p.body JOIN FETCH p.topic LEFT JOIN FETCH p.region
                        WHERE p.id IN :ids""", Proposal.class)
                .setParameter("ids", ids)
                .setHint(QueryHints.BATCH, "p.body.texts")
                .setHint(QueryHints.BATCH, "p.topic.texts")
                .setHint(QueryHints.BATCH, "p.region.texts")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .getResultStream(), Proposal::getId);
    }

    /** Cards of proposals with their counts, read with one query for all. */
    private List<ProposalCard> cards(List<Proposal> proposals, Viewer viewer) {
        Map<Long, Integer> counts = tally.counts(proposals.stream().map(Proposal::getId).toList());
        String language = reader.tag();
        return proposals.stream().map(p -> {
            boolean textPublic = p.isTextPublic() || viewer.mayReadAll(p);
            return new ProposalCard(p.getId(), textPublic ? p.getTitle() : null, p.getKind(), p.getState(),
                    p.getBody().getSlug(), p.getBody().name(language), p.getTopic().getSlug(),
                    p.getTopic().name(language), p.getRegion() == null ? null : p.getRegion().getCode(),
                    p.getRegion() == null ? null : p.getRegion().name(language),
                    p.getCall() == null ? null : p.getCall().getId(), textPublic ? p.getOnBehalfOf() : null,
                    counts.getOrDefault(p.getId(), 0), p.getPublishedAt(), p.getAnsweredAt());
        }).toList();
    }

    /** Cards of proposals already loaded in the caller's transaction. */
    public List<ProposalCard> cards(List<Proposal> proposals) {
        return cards(proposals, viewer());
    }

    /** Who is reading, found once per request rather than once per proposal. */
    private Viewer viewer() {
        boolean moderator = context.isCallerInRole(Roles.MODERATOR) || context.isCallerInRole(Roles.PLATFORM_ADMIN);
        return new Viewer(moderator, context.isCallerInRole(Roles.CITIZEN) ? myAccount.me() : null);
    }

    private record Viewer(boolean moderator, Account account) {
        boolean mayReadAll(Proposal proposal) {
            return moderator || account != null && proposal.isAuthoredBy(account);
        }
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Words of a title as optional prefixes for MariaDB's boolean full-text mode; short and common words left out. */
    static String similarTerms(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{M}\\p{N}]+"))
                .filter(word -> word.codePointCount(0, word.length()) >= 3)
                .filter(word -> !COMMON_WORDS.contains(word.toLowerCase(Locale.ROOT)))
                .limit(12)
                .map(word -> word + "*")
                .collect(Collectors.joining(" "));
    }

    /** Words of a search as required prefixes for MariaDB's boolean full-text mode, operators removed. */
    static String booleanTerms(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{M}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(10)
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
    }
}
