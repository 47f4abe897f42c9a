package org.civicvoice.participation.petition.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.petition.entity.Milestone;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.TypeThreshold;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The thresholds of each petition and the claim of reaching one: {@code UPDATE ... WHERE reached_at IS NULL},
 * so that among concurrent folds, approvals and nodes exactly one records it and sets its consequence in motion.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class Milestones {

    @PersistenceContext
    EntityManager em;

    /**
     * Fixes the petition's thresholds from its type. A share of the population is taken from the petition's own
     * region, else the region the type is limited to, else the body's.
     */
    public List<Milestone> plan(Petition petition) {
        Region area = petition.getRegion() != null ? petition.getRegion()
                : petition.getType().getRegion() != null ? petition.getType().getRegion() : petition.getBody().getRegion();
        Integer population = area == null ? null : area.getPopulation();
        List<Milestone> planned = new ArrayList<>();
        for (TypeThreshold threshold : petition.getType().getThresholds()) {
            Milestone milestone = new Milestone(petition, threshold.getPosition(), threshold.signaturesNeeded(population),
                    threshold.getConsequence());
            em.persist(milestone);
            planned.add(milestone);
        }
        return planned;
    }

    public List<Milestone> of(long petitionId) {
        return em.createQuery("SELECT m FROM Milestone m WHERE m.petition.id = :id ORDER BY m.position", Milestone.class)
                .setParameter("id", petitionId)
                .getResultList();
    }

    /** The milestones of several petitions, for cards in lists: one query. */
    public List<Milestone> of(Collection<Long> petitionIds) {
        if (petitionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Milestone m WHERE m.petition.id IN :ids ORDER BY m.position", Milestone.class)
                .setParameter("ids", petitionIds)
                .getResultList();
    }

    /** Claims the milestones that open petitions among these have reached; answers those this call claimed. */
    @SuppressWarnings("unchecked")
    public List<Milestone> claimReached(Collection<Long> petitionIds, Instant now) {
        if (petitionIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(petitionIds);
        Query candidates = em.createNativeQuery("""
                SELECT m.id FROM pet_milestone m
                JOIN pet_tally t ON t.petition_id = m.petition_id
                JOIN pet_petition p ON p.id = m.petition_id
                WHERE m.reached_at IS NULL AND p.state = 'OPEN' AND t.signatures >= m.signatures
                AND m.petition_id IN (""" + SignatureTally.placeholders(ids.size()) + ") ORDER BY m.id");
        SignatureTally.bindAll(candidates, ids);
        List<Milestone> claimed = new ArrayList<>();
        for (Object id : (List<Object>) candidates.getResultList()) {
            long milestoneId = ((Number) id).longValue();
            int won = em.createNativeQuery("UPDATE pet_milestone SET reached_at = ? WHERE id = ? AND reached_at IS NULL")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, milestoneId)
                    .executeUpdate();
            if (won == 1) {
                Milestone milestone = em.find(Milestone.class, milestoneId);
                em.refresh(milestone);
                claimed.add(milestone);
            }
        }
        return claimed;
    }

    /** Petitions among these that have gathered their sponsors, moved to moderation by a conditional update. */
    @SuppressWarnings("unchecked")
    public List<Long> advanceSponsored(Collection<Long> petitionIds, Instant now) {
        if (petitionIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(petitionIds);
        Query candidates = em.createNativeQuery("""
                SELECT p.id FROM pet_petition p
                JOIN pet_tally t ON t.petition_id = p.id
                JOIN pet_type ty ON ty.id = p.type_id
                WHERE p.state = 'SPONSORING' AND t.signatures >= ty.sponsors_required + 1
                AND p.id IN (""" + SignatureTally.placeholders(ids.size()) + ")");
        SignatureTally.bindAll(candidates, ids);
        List<Long> moved = new ArrayList<>();
        for (Object id : (List<Object>) candidates.getResultList()) {
            long petitionId = ((Number) id).longValue();
            if (toModeration(petitionId, now)) {
                moved.add(petitionId);
            }
        }
        return moved;
    }

    /** Moves a sponsored petition to the moderation queue, once. */
    public boolean toModeration(long petitionId, Instant now) {
        return em.createNativeQuery("""
                        UPDATE pet_petition SET state = 'MODERATION', moderation_at = ?, version = version + 1
                        WHERE id = ? AND state = 'SPONSORING'""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, petitionId)
                .executeUpdate() == 1;
    }
}
