package org.civicvoice.participation.petition.boundary;

import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.organisation.boundary.Topics;
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
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.petition.control.Milestones;
import org.civicvoice.participation.petition.control.PetitionTimeline;
import org.civicvoice.participation.petition.control.SignatureLedger;
import org.civicvoice.participation.petition.control.SignatureTally;
import org.civicvoice.participation.petition.entity.DayCount;
import org.civicvoice.participation.petition.entity.InvalidConfirmation;
import org.civicvoice.participation.petition.entity.Milestone;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.petition.entity.PetitionDetail;
import org.civicvoice.participation.petition.entity.PetitionEvent;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.PetitionQuery;
import org.civicvoice.participation.petition.entity.PetitionState;
import org.civicvoice.participation.petition.entity.PetitionType;
import org.civicvoice.participation.petition.entity.RegionCount;
import org.civicvoice.participation.petition.entity.Signature;
import org.civicvoice.participation.petition.entity.SignatureConfirmation;
import org.civicvoice.participation.petition.entity.SignatureStatus;
import org.civicvoice.participation.petition.entity.SignerKey;
import org.civicvoice.participation.petition.entity.UnknownPetition;
import org.civicvoice.participation.shared.InOrder;
import org.civicvoice.participation.shared.QueryHints;
import org.civicvoice.participation.shared.ReaderLanguage;
import org.civicvoice.participation.shared.ResultPage;
import org.civicvoice.participation.shared.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reading petitions: the public lists with search, filters and order; one petition with its thresholds,
 * timeline and counts by region and by day. Drafts, petitions in sponsoring or moderation, and texts that
 * moderation hid are visible only to their author and to moderators.
 */
@Stateless
@PermitAll
public class Petitions {

    /** At most this many similar petitions are suggested to an author. */
    public static final int SIMILAR_MAX = 5;

    /** English words too common in petition titles to say what one asks for; as prefixes they would match anything. */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("the", "and", "for", "with", "from",
            "that", "this", "these", "are", "was", "all", "our", "into", "its", "not", "but", "has", "have", "should",
            "must", "more", "any", "every", "can", "will", "their", "them", "they", "you", "your", "please", "make");

    @PersistenceContext
    EntityManager em;

    @Inject
    SignatureTally tally;

    @Inject
    SignatureLedger ledger;

    @Inject
    Milestones milestones;

    @Inject
    PetitionTimeline timeline;

    @Inject
    MyAccount myAccount;

    @Inject
    Regions regions;

    @Inject
    Topics topics;

    @Inject
    GovernmentBodies bodies;

    @Inject
    ReaderLanguage reader;

    @Resource
    SessionContext context;

    /** The petition, if the caller may read it; else as if it did not exist. */
    public Petition find(PetitionNumber number) {
        Petition petition = load(number);
        if (!petition.isTextPublic() && !isAuthorOrModerator(petition)) {
            throw new UnknownPetition(number.toString());
        }
        return petition;
    }

    /** Whether the caller may act as the petition's author (and see its sponsor link). */
    public boolean isAuthor(PetitionNumber number) {
        Petition petition = load(number);
        return context.isCallerInRole(Roles.CITIZEN) && petition.isAuthoredBy(myAccount.me());
    }

    /** The petition a sponsor link leads to, while it collects sponsors. */
    public Petition bySponsorCode(String code) {
        if (code == null || code.length() != 32) {
            throw new UnknownPetition("?");
        }
        return em.createQuery("SELECT p FROM Petition p WHERE p.sponsorCode = :code", Petition.class)
                .setParameter("code", code)
                .getResultStream().findFirst()
                .filter(p -> p.getState() == PetitionState.SPONSORING || p.getState() == PetitionState.MODERATION)
                .map(this::initialise)
                .orElseThrow(() -> new UnknownPetition("?"));
    }

    /** The petition with all its page shows, in one read. */
    public PetitionDetail detail(PetitionNumber number) {
        Petition petition = find(number);
        Viewer viewer = viewer();
        return new PetitionDetail(petition, cards(List.of(petition)).get(0), milestones.of(petition.getId()),
                timeline.of(petition.getId(), viewer.mayReadAll(petition)), regionsOf(petition), daysOf(petition),
                publicSignersOf(petition, PetitionDetail.PUBLIC_SIGNERS_SHOWN),
                viewer.account() != null && petition.isAuthoredBy(viewer.account()));
    }

    /**
     * The confirmation page of a signer without account, once the signature counts: the count with it in (the
     * tally and the deltas not yet folded, so the signer sees their own signature at once), and for a sponsor
     * while the petition is before moderation the sponsors so far and the sponsor page's code.
     */
    public SignatureConfirmation confirmed(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidConfirmation();
        }
        Signature signature = ledger.byToken(SignerKey.sha256(token.strip()))
                .filter(s -> s.getStatus() == SignatureStatus.VALID)
                .orElseThrow(InvalidConfirmation::new);
        Petition petition = initialise(em.find(Petition.class, signature.getPetitionId()));
        PetitionCard card = cards(List.of(petition)).get(0).withSignatures(tally.current(petition.getId()));
        boolean beforeOpening = petition.getState() == PetitionState.SPONSORING
                || petition.getState() == PetitionState.MODERATION;
        return new SignatureConfirmation(petition.number(), signature.isSponsor(),
                signature.isSponsor() && beforeOpening ? petition.sponsorCode() : null,
                ledger.sponsors(petition.getId()), petition.getType().getSponsorsRequired(), card);
    }

    /** A petition as lists show it, with its count and progress. */
    public PetitionCard card(PetitionNumber number) {
        return cards(List.of(find(number))).get(0);
    }

    public ResultPage<PetitionCard> search(PetitionQuery query) {
        StringBuilder where = new StringBuilder(" WHERE p.state = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(query.stateOrOpen().name());
        where.append(" AND (p.rejection_reason IS NULL OR p.rejection_reason NOT IN ('OFFENSIVE', 'DEFAMATORY'))");
        if (query.stateOrOpen() == PetitionState.WITHDRAWN) {
            where.append(" AND p.opened_at IS NOT NULL");
        }
        query.text().ifPresent(text -> {
            where.append(" AND (MATCH (p.title, p.action, p.background) AGAINST (? IN BOOLEAN MODE) OR p.title LIKE ?)");
            parameters.add(booleanTerms(text));
            parameters.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        });
        query.body().ifPresent(slug -> {
            where.append(" AND p.body_id = ?");
            parameters.add(BodySlug.parse(slug).flatMap(bodies::bySlug).map(Body::getId).orElse(0L));
        });
        query.topic().ifPresent(slug -> {
            where.append(" AND p.topic_id = ?");
            parameters.add(topics.bySlug(slug).map(Topic::getId).orElse(0L));
        });
        query.region().ifPresent(code -> {
            List<Long> within = regions.idsWithin(code);
            where.append(" AND p.region_id IN (").append(within.isEmpty() ? "0" : String.join(", ",
                    java.util.Collections.nCopies(within.size(), "?"))).append(")");
            parameters.addAll(within);
        });
        String order = switch (query.sort()) {
            case MOST_SIGNED -> " ORDER BY COALESCE(t.signatures, 0) DESC, p.id DESC";
            case NEWEST -> " ORDER BY p.opened_at DESC, p.id DESC";
            case CLOSING_SOON -> " ORDER BY p.closes_at IS NULL, p.closes_at, p.id";
            case RECENTLY_ANSWERED -> " ORDER BY p.answered_at IS NULL, p.answered_at DESC, p.id DESC";
        };
        int size = ResultPage.clampSize(query.size());
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM pet_petition p" + where);
        Query page = em.createNativeQuery("SELECT p.id FROM pet_petition p LEFT JOIN pet_tally t ON t.petition_id = p.id"
                + where + order + " LIMIT ? OFFSET ?");
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            page.setParameter(i + 1, parameters.get(i));
        }
        page.setParameter(parameters.size() + 1, size);
        page.setParameter(parameters.size() + 2, query.first());
        long total = ((Number) count.getSingleResult()).longValue();
        List<Long> ids = ((List<?>) page.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return new ResultPage<>(cards(load(ids)), total, query.first(), size);
    }

    /**
     * Public petitions that resemble a title being written, so that its author can sign one asking the same instead
     * of starting a duplicate: open petitions first, then closed and archived ones (answered ones among them), each
     * group by full-text relevance to any word of the title. One query; an empty list when the title has no words.
     */
    public List<PetitionCard> similarTo(String title, int max) {
        String text = title == null ? "" : title.strip();
        String terms = similarTerms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        String match = "MATCH (p.title, p.action, p.background) AGAINST (? IN BOOLEAN MODE)";
        List<?> found = em.createNativeQuery("SELECT p.id FROM pet_petition p"
                        + " WHERE p.state IN ('OPEN', 'CLOSED', 'ARCHIVED')"
                        + " AND (" + match + " OR p.title LIKE ?)"
                        + " ORDER BY p.state = 'OPEN' DESC, " + match + " DESC, p.id DESC LIMIT ?")
                .setParameter(1, terms)
                .setParameter(2, "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .setParameter(3, terms)
                .setParameter(4, Math.max(1, Math.min(SIMILAR_MAX, max)))
                .getResultList();
        return cards(load(found.stream().map(id -> ((Number) id).longValue()).toList()));
    }

    /** The caller's own petitions, newest first, whatever their state. */
    @RolesAllowed(Roles.CITIZEN)
    public List<PetitionCard> mine() {
        List<Long> ids = em.createQuery("SELECT p.id FROM Petition p WHERE p.author = :me ORDER BY p.createdAt DESC",
                        Long.class)
                .setParameter("me", myAccount.me())
                .setMaxResults(200)
                .getResultList();
        return cards(load(ids));
    }

    public List<Milestone> milestones(PetitionNumber number) {
        return milestones.of(find(number).getId());
    }

    /** The public steps of the petition's life; the author and moderators see the internal ones too. */
    public List<PetitionEvent> timeline(PetitionNumber number) {
        Petition petition = find(number);
        return timeline.of(petition.getId(), isAuthorOrModerator(petition));
    }

    public List<RegionCount> regions(PetitionNumber number) {
        return regionsOf(find(number));
    }

    private List<RegionCount> regionsOf(Petition petition) {
        Map<String, String> names = regions.all().stream().collect(Collectors.toMap(Region::getCode, r -> r.name(reader.tag())));
        return tally.byRegion(petition.getId()).entrySet().stream()
                .map(e -> new RegionCount(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
    }

    public List<DayCount> days(PetitionNumber number) {
        return daysOf(find(number));
    }

    private List<DayCount> daysOf(Petition petition) {
        List<DayCount> days = new ArrayList<>();
        int total = 0;
        for (Map.Entry<LocalDate, Integer> day : tally.byDay(petition.getId()).entrySet()) {
            total += day.getValue();
            days.add(new DayCount(day.getKey(), day.getValue(), total));
        }
        return days;
    }

    /** The latest signers who chose to show their name, newest first (names only: nothing else is public). */
    public List<String> publicSigners(PetitionNumber number, int max) {
        return publicSignersOf(find(number), max);
    }

    private List<String> publicSignersOf(Petition petition, int max) {
        return em.createQuery("""
                        SELECT s.name FROM Signature s
                        WHERE s.petitionId = :id AND s.status = :valid AND s.publicName = TRUE AND s.name IS NOT NULL
                        ORDER BY s.countedAt DESC, s.id DESC""", String.class)
                .setParameter("id", petition.getId())
                .setParameter("valid", org.civicvoice.participation.petition.entity.SignatureStatus.VALID)
                .setMaxResults(Math.max(1, Math.min(100, max)))
                .getResultList();
    }

    /**
     * The petition types an author may choose for a body: its own, then those of the bodies above it (a
     * department files under its government's rules, and may add its own).
     */
    public List<PetitionType> typesFor(BodySlug slug) {
        List<Body> chain = new ArrayList<>();
        for (Body body = bodies.find(slug); body != null; body = body.getParent()) {
            chain.add(body);
        }
        List<PetitionType> types = em.createQuery("""
                        SELECT t FROM PetitionType t WHERE t.body IN :bodies AND t.active = TRUE ORDER BY t.name""",
                        PetitionType.class)
                .setParameter("bodies", chain)
                .getResultList();
        types.forEach(type -> {
            if (type.getRegion() != null) {
                type.getRegion().translations();
            }
            type.translations();
        });
        return types.stream().sorted(Comparator.comparingInt(type -> chain.indexOf(type.getBody()))).toList();
    }

    private Petition load(PetitionNumber number) {
        Petition petition = em.find(Petition.class, number.value());
        if (petition == null) {
            throw new UnknownPetition(number.toString());
        }
        return initialise(petition);
    }

    private Petition initialise(Petition petition) {
        petition.getBody().translations();
        petition.getTopic().translations();
        petition.getType().translations();
        if (petition.getRegion() != null) {
            petition.getRegion().translations();
        }
        if (petition.getDuplicateOf() != null) {
            petition.getDuplicateOf().getTitle();
        }
        return petition;
    }

    private List<Petition> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return InOrder.of(ids, em.createQuery("""
                        SELECT p FROM Petition p JOIN FETCH p.body JOIN FETCH p.topic LEFT JOIN FETCH p.region
                        WHERE p.id IN :ids""", Petition.class)
                .setParameter("ids", ids)
                .setHint(QueryHints.BATCH, "p.body.texts")
                .setHint(QueryHints.BATCH, "p.topic.texts")
                .setHint(QueryHints.BATCH, "p.region.texts")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .getResultStream(), Petition::getId);
    }

    private List<PetitionCard> cards(List<Petition> petitions) {
        List<Long> ids = petitions.stream().map(Petition::getId).toList();
        Map<Long, Integer> counts = tally.counts(ids);
        Map<Long, List<Milestone>> goals = new HashMap<>();
        for (Milestone milestone : milestones.of(ids)) {
            goals.computeIfAbsent(milestone.getPetition().getId(), id -> new ArrayList<>()).add(milestone);
        }
        Viewer viewer = viewer();
        String language = reader.tag();
        return petitions.stream().map(p -> {
            int signatures = counts.getOrDefault(p.getId(), 0);
            List<Milestone> planned = goals.getOrDefault(p.getId(), List.of());
            Optional<Milestone> next = planned.stream().filter(m -> m.getReachedAt() == null && m.getSignatures() > signatures)
                    .min(Comparator.comparingInt(Milestone::getSignatures));
            Optional<Milestone> goal = next.or(() -> planned.stream().max(Comparator.comparingInt(Milestone::getSignatures)));
            boolean textPublic = p.isTextPublic() || viewer.mayReadAll(p);
            return new PetitionCard(p.getId(), textPublic ? p.getTitle() : null, textPublic ? p.getAction() : null,
                    p.getState(), p.getBody().getSlug(), p.getBody().name(language), p.getTopic().getSlug(),
                    p.getTopic().name(language), p.getRegion() == null ? null : p.getRegion().getCode(),
                    p.getRegion() == null ? null : p.getRegion().name(language), signatures,
                    goal.map(Milestone::getSignatures).orElse(0), goal.map(Milestone::getConsequence).orElse(null),
                    next.isEmpty() && goal.isPresent(), p.getOpenedAt(), p.getClosesAt(), p.getAnsweredAt(),
                    p.getLanguage());
        }).toList();
    }

    private boolean isAuthorOrModerator(Petition petition) {
        return viewer().mayReadAll(petition);
    }

    /** Who is reading, found once per request rather than once per petition. */
    private Viewer viewer() {
        boolean moderator = context.isCallerInRole(Roles.MODERATOR) || context.isCallerInRole(Roles.PLATFORM_ADMIN);
        return new Viewer(moderator, context.isCallerInRole(Roles.CITIZEN) ? myAccount.me() : null);
    }

    private record Viewer(boolean moderator, Account account) {
        boolean mayReadAll(Petition petition) {
            return moderator || account != null && petition.isAuthoredBy(account);
        }
    }

    /**
     * Words of a title as optional prefixes for MariaDB's boolean full-text mode (any word may match; more matching
     * words rank higher), operators removed; words under three letters are below the index's token size.
     */
    static String similarTerms(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}\\p{M}\\p{N}]+"))
                .filter(word -> word.codePointCount(0, word.length()) >= 3)
                .filter(word -> !COMMON_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)))
                .limit(12)
                .map(word -> word + "*")
                .collect(Collectors.joining(" "));
    }

    /** Words of a search as required prefixes for MariaDB's boolean full-text mode, operators removed. */
    static String booleanTerms(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}\\p{M}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(10)
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
    }
}
