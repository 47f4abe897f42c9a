package org.civicvoice.participation.budget.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.civicvoice.participation.budget.control.BudgetLookup;
import org.civicvoice.participation.budget.control.BudgetTimeline;
import org.civicvoice.participation.budget.control.PhaseChanges;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.Heading;
import org.civicvoice.participation.budget.entity.InvalidBudgetInput;
import org.civicvoice.participation.budget.entity.ProcessDraft;
import org.civicvoice.participation.budget.entity.ProcessView;
import org.civicvoice.participation.budget.entity.TimelineEntry;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.shared.BusinessException;
import org.civicvoice.participation.shared.Constraints;
import org.civicvoice.participation.shared.KeyedText;
import org.civicvoice.participation.shared.ResultPage;
import org.civicvoice.participation.shared.Roles;
import org.civicvoice.participation.shared.QueryHints;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Budget processes: an official of a body creates one with its headings and rules; anyone reads the public ones
 * (every process is public from its creation, since citizens propose projects from the first day); the phases
 * move on at their dates ({@link BudgetSchedule}) or by hand, each on the public timeline.
 */
@Stateless
@PermitAll
public class BudgetProcesses {

    static final int MAX_HEADINGS = 50;
    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetLookup lookup;

    @Inject
    BudgetTimeline timeline;

    @Inject
    PhaseChanges phases;

    @Inject
    GovernmentBodies bodies;

    @Inject
    Regions regions;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public BudgetProcess create(ProcessDraft draft) {
        if (draft == null || draft.ballot() == null || draft.headings() == null || draft.headings().isEmpty()
                || draft.headings().size() > MAX_HEADINGS) {
            throw new InvalidBudgetInput("budget.input.headings", MAX_HEADINGS);
        }
        Body body;
        try {
            body = bodies.find(BodySlug.of(draft.bodySlug() == null ? "" : draft.bodySlug().strip()));
        } catch (BusinessException | IllegalArgumentException e) {
            throw new InvalidBudgetInput("budget.input.body");
        }
        AssuranceLevel assurance;
        try {
            assurance = draft.minAssurance() == null ? AssuranceLevel.EMAIL_VERIFIED
                    : AssuranceLevel.valueOf(draft.minAssurance().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidBudgetInput("budget.input.assurance");
        }
        Instant now = clock.instant();
        BudgetProcess process = new BudgetProcess(draft.slug(), body, draft.name(), draft.description(),
                draft.currency(), draft.ballot(), draft.rule(), assurance, draft.reviewAt(), draft.votingAt(),
                draft.resultsAt(), newSeed(), false, now);
        lookup.official(process);
        if (draft.translations() != null) {
            process.translate(draft.translations());
        }
        em.persist(process);
        Set<String> slugs = new HashSet<>();
        int position = 0;
        for (ProcessDraft.HeadingDraft h : draft.headings()) {
            if (h == null || !slugs.add(String.valueOf(h.slug()))) {
                throw new InvalidBudgetInput("budget.input.headingSlug");
            }
            Region region = null;
            if (h.regionCode() != null && !h.regionCode().isBlank()) {
                region = regions.byCode(h.regionCode().strip())
                        .orElseThrow(() -> new InvalidBudgetInput("budget.input.region"));
            }
            Heading heading = new Heading(process, h.slug(), h.name(), h.amount(), region, position++);
            if (h.translations() != null) {
                heading.translate(h.translations());
            }
            em.persist(heading);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_bud_process_slug")) {
                throw new InvalidBudgetInput("budget.input.slugTaken");
            }
            throw e;
        }
        timeline.record(process.getId(), KeyedText.of("budget.timeline.created", body.named()), now);
        return process;
    }

    public static String newSeed() {
        byte[] bytes = new byte[16];
        SEEDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The processes, newest first. */
    public ResultPage<BudgetProcess> list(int first, int size) {
        int clamped = ResultPage.clampSize(size);
        int from = Math.max(0, first);
        List<BudgetProcess> items = em.createQuery("""
                        SELECT p FROM BudgetProcess p JOIN FETCH p.body ORDER BY p.createdAt DESC, p.id DESC""",
                        BudgetProcess.class)
                .setHint(QueryHints.BATCH, "p.texts")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setFirstResult(from).setMaxResults(clamped).getResultList();
        long total = em.createQuery("SELECT COUNT(p) FROM BudgetProcess p", Long.class).getSingleResult();
        return new ResultPage<>(items, total, from, clamped);
    }

    /** A process with its headings, its projects (every state, each heading's most supported first) and timeline. */
    public ProcessView view(String slug) {
        BudgetProcess process = lookup.process(slug);
        List<Heading> headings = lookup.headings(process);
        List<BudgetProject> projects = em.createQuery("""
                        SELECT p FROM BudgetProject p LEFT JOIN FETCH p.region WHERE p.process = :process
                        ORDER BY p.heading.position, p.supports DESC, p.id""", BudgetProject.class)
                .setParameter("process", process)
                .getResultList();
        List<TimelineEntry> steps = timeline.of(process.getId());
        return new ProcessView(process, headings, projects, steps);
    }

    /** Moves the process on by hand from the phase the official saw; a stale view is refused. */
    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public BudgetPhase advance(String slug, BudgetPhase expected) {
        BudgetProcess process = lookup.process(slug);
        lookup.official(process);
        BudgetPhase entered = process.advance(expected);
        em.flush();
        phases.entered(process, entered, clock.instant());
        return entered;
    }
}
