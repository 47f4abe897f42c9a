package org.civicvoice.participation.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.BudgetProject;
import org.civicvoice.participation.budget.entity.Heading;
import org.civicvoice.participation.budget.entity.NotOfficialOfBudgetBody;
import org.civicvoice.participation.budget.entity.UnknownBudgetItem;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.shared.QueryHints;

import java.util.EnumSet;
import java.util.List;

/** Finds processes, headings and projects by their public names, and the official acting for a process's body. */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class BudgetLookup {

    @PersistenceContext
    EntityManager em;

    @Inject
    Officials officials;

    public BudgetProcess process(String slug) {
        return em.createQuery("SELECT p FROM BudgetProcess p WHERE p.slug = :slug", BudgetProcess.class)
                .setParameter("slug", slug == null ? "" : slug.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownBudgetItem("budget.unknown.process", slug));
    }

    public List<Heading> headings(BudgetProcess process) {
        return em.createQuery("SELECT h FROM Heading h WHERE h.process = :p ORDER BY h.position, h.id", Heading.class)
                .setParameter("p", process)
                .setHint(QueryHints.BATCH, "h.texts")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .getResultList();
    }

    public Heading heading(BudgetProcess process, String slug) {
        return em.createQuery("SELECT h FROM Heading h WHERE h.process = :p AND h.slug = :slug", Heading.class)
                .setParameter("p", process)
                .setParameter("slug", slug == null ? "" : slug.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownBudgetItem("budget.unknown.heading", slug == null ? "" : slug));
    }

    public BudgetProject project(long id) {
        BudgetProject project = em.find(BudgetProject.class, id);
        if (project == null) {
            throw new UnknownBudgetItem("budget.unknown.project", id);
        }
        return project;
    }

    /** The project, its row locked until the transaction ends (two reviewers at once decide one after the other). */
    public BudgetProject lockedProject(long id) {
        BudgetProject project = em.find(BudgetProject.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw new UnknownBudgetItem("budget.unknown.project", id);
        }
        return project;
    }

    /** The caller, if an official of the process's body (or a platform administrator); refused otherwise. */
    public Account official(BudgetProcess process) {
        return officials.actingIn(List.of(BodySlug.of(process.getBody().getSlug())), EnumSet.allOf(BodyRole.class))
                .orElseThrow(() -> new NotOfficialOfBudgetBody("budget.notOfficial", process.getBody().getSlug()));
    }
}
