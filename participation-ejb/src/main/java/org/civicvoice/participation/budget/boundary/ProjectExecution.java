package org.civicvoice.participation.budget.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.budget.control.BudgetLookup;
import org.civicvoice.participation.budget.control.ResultCounting;
import org.civicvoice.participation.budget.entity.BudgetPhase;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.ProjectMilestone;
import org.civicvoice.participation.budget.entity.MilestoneDraft;
import org.civicvoice.participation.budget.entity.ProjectSpending;
import org.civicvoice.participation.budget.entity.UnknownBudgetItem;
import org.civicvoice.participation.budget.entity.WrongBudgetPhase;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.organisation.entity.ChangedMeanwhile;
import org.civicvoice.participation.shared.Roles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Carrying out the winning projects: the body's officials add and update milestones (date, status, progress,
 * money spent); citizens follow a project and hear by mail of each new milestone; anyone sees where the money
 * went, planned against spent, with delays highlighted.
 */
@Stateless
@PermitAll
public class ProjectExecution {

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetLookup lookup;

    @Inject
    ResultCounting results;

    @Inject
    MyAccount myAccount;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public ProjectMilestone addMilestone(long projectId, MilestoneDraft draft) {
        BudgetProject project = winning(projectId);
        Instant now = clock.instant();
        ProjectMilestone milestone = new ProjectMilestone(project, draft, now);
        em.persist(milestone);
        em.flush();
        announce(project, milestone);
        return milestone;
    }

    /** Updates a milestone from the version the official saw; a stale one is refused, nothing overwritten. */
    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public ProjectMilestone updateMilestone(long milestoneId, MilestoneDraft draft, long expectedVersion) {
        ProjectMilestone milestone = em.find(ProjectMilestone.class, milestoneId);
        if (milestone == null) {
            throw new UnknownBudgetItem("budget.unknown.milestone", milestoneId);
        }
        winning(milestone.getProject().getId());
        if (milestone.getVersion() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        milestone.update(draft, clock.instant());
        return milestone;
    }

    public List<ProjectMilestone> milestones(long projectId) {
        lookup.project(projectId);
        return em.createQuery("SELECT m FROM ProjectMilestone m WHERE m.project.id = :p ORDER BY m.dueOn, m.id",
                        ProjectMilestone.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    @RolesAllowed(Roles.CITIZEN)
    public void follow(long projectId) {
        lookup.project(projectId);
        em.createNativeQuery("INSERT IGNORE INTO bud_follower (project_id, account_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, projectId)
                .setParameter(2, myAccount.me().getId())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    @RolesAllowed(Roles.CITIZEN)
    public void unfollow(long projectId) {
        em.createNativeQuery("DELETE FROM bud_follower WHERE project_id = ? AND account_id = ?")
                .setParameter(1, projectId)
                .setParameter(2, myAccount.me().getId())
                .executeUpdate();
    }

    /** Planned against spent for every winning project of the process, in two queries whatever their number. */
    public List<ProjectSpending> spending(String processSlug) {
        BudgetProcess process = lookup.process(processSlug);
        List<Long> winners = results.winners(process);
        if (winners.isEmpty()) {
            return List.of();
        }
        List<BudgetProject> projects = em.createQuery("""
                        SELECT p FROM BudgetProject p JOIN FETCH p.heading WHERE p.id IN :ids""", BudgetProject.class)
                .setParameter("ids", winners)
                .getResultList();
        Map<Long, List<ProjectMilestone>> byProject = em.createQuery("""
                        SELECT m FROM ProjectMilestone m WHERE m.project.id IN :ids""", ProjectMilestone.class)
                .setParameter("ids", winners)
                .getResultList().stream()
                .collect(Collectors.groupingBy(m -> m.getProject().getId()));
        Map<Long, BudgetProject> byId = projects.stream().collect(Collectors.toMap(BudgetProject::getId, p -> p));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ProjectSpending> spending = new ArrayList<>();
        for (Long id : winners) {
            BudgetProject project = byId.get(id);
            List<ProjectMilestone> steps = byProject.getOrDefault(id, List.of());
            long spent = steps.stream().mapToLong(ProjectMilestone::getSpent).sum();
            int progress = steps.isEmpty() ? 0
                    : (int) Math.round(steps.stream().mapToInt(ProjectMilestone::getProgress).average().orElse(0));
            boolean delayed = steps.stream().anyMatch(m -> m.isDelayed(today));
            spending.add(new ProjectSpending(id, project.getTitle(), project.getHeading().getName(),
                    project.getBallotCost(), spent, progress, steps.size(), delayed));
        }
        return spending;
    }

    private BudgetProject winning(long projectId) {
        BudgetProject project = lookup.project(projectId);
        lookup.official(project.getProcess());
        BudgetPhase phase = project.getProcess().getPhase();
        if ((phase != BudgetPhase.RESULTS && phase != BudgetPhase.EXECUTION)
                || !results.winners(project.getProcess()).contains(projectId)) {
            throw new WrongBudgetPhase("budget.milestone.notWinning");
        }
        return project;
    }

    private void announce(BudgetProject project, ProjectMilestone milestone) {
        String link = outbox.link("/budget/process.xhtml?slug=" + project.getProcess().getSlug() + "#project-"
                + project.getId());
        outbox.queueToFollowers("bud_follower", "project_id", project.getId(), "mail.budget.milestone",
                project.getTitle(), milestone.getTitle(), milestone.getProgress(), link);
    }
}
