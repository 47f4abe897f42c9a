package org.civicvoice.participation.consultation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.consultation.entity.ConsultationUnit;
import org.civicvoice.participation.consultation.entity.ConsultationVersion;
import org.civicvoice.participation.lawtext.control.UnitMatcher;
import org.civicvoice.participation.lawtext.entity.KeyedUnit;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versions of consultations' texts: storing a parsed draft as the next version, its units keyed to continue
 * the previous version's (so comments stay with their units), and reading a version's units back.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class ConsultationTexts {

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitMatcher matcher;

    public Optional<ConsultationVersion> version(long consultationId, int number) {
        return em.createQuery("""
                        SELECT v FROM ConsultationVersion v WHERE v.consultationId = :c AND v.number = :n""",
                        ConsultationVersion.class)
                .setParameter("c", consultationId)
                .setParameter("n", number)
                .getResultStream().findFirst();
    }

    public List<KeyedUnit> units(long versionId) {
        return em.createQuery("SELECT u FROM ConsultationUnit u WHERE u.versionId = :v ORDER BY u.position",
                        ConsultationUnit.class)
                .setParameter("v", versionId)
                .getResultStream().map(ConsultationUnit::toKeyed).toList();
    }

    /** Stores a draft without issues as version {@code number}, keyed after {@code previous} when there is one. */
    public ConsultationVersion store(long consultationId, int number, String source, ParsedDraft draft,
                                     Optional<ConsultationVersion> previous, long importedBy, Instant now) {
        List<KeyedUnit> keyed = previous.isPresent()
                ? matcher.keyNext(units(previous.get().getId()), draft.units())
                : matcher.keyFirst(draft.units());
        ConsultationVersion version = new ConsultationVersion(consultationId, number, draft.style(), source,
                draft.preamble(), importedBy, now);
        em.persist(version);
        em.flush();
        for (KeyedUnit unit : keyed) {
            em.persist(new ConsultationUnit(version.getId(), unit));
        }
        em.flush();
        return version;
    }

    /** Removes a version nobody has seen yet (a draft's text replaced before opening). */
    public void discard(ConsultationVersion version) {
        if (version.getPublishedAt() != null) {
            throw new IllegalStateException("a published version stays");
        }
        em.createQuery("DELETE FROM ConsultationUnit u WHERE u.versionId = :v")
                .setParameter("v", version.getId()).executeUpdate();
        em.remove(version);
        em.flush();
    }

    public boolean hasUnit(long versionId, String unitKey) {
        return !em.createQuery("SELECT u.id FROM ConsultationUnit u WHERE u.versionId = :v AND u.key = :k", Long.class)
                .setParameter("v", versionId)
                .setParameter("k", unitKey)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
