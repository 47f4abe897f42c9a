package org.civicvoice.participation.petition.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.petition.entity.Petition;

import java.util.List;

/**
 * Tells the people following a petition: its signers who asked to hear of it (one insert per language, however
 * many they are) and its author (unless the author turned updates off). The mail texts take the petition's title first, then {@code arguments}, then
 * the link to the petition.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class Followers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    AuthorMail authorMail;

    public void announce(Petition petition, String signerKey, String authorKey, Object... arguments) {
        Object[] all = authorMail.withTitleAndLink(petition, arguments);
        @SuppressWarnings("unchecked")
        List<String> languages = em.createNativeQuery("""
                        SELECT DISTINCT language FROM pet_signature
                        WHERE petition_id = ? AND status = 'VALID' AND notify = TRUE""")
                .setParameter(1, petition.getId())
                .getResultList();
        for (String language : languages) {
            outbox.queueToEach("""
                            SELECT s.email AS recipient FROM pet_signature s
                            WHERE s.petition_id = ? AND s.status = 'VALID' AND s.notify = TRUE AND s.language = ?
                            AND (s.account_id IS NULL OR s.account_id <> ?)""",
                    List.of(petition.getId(), language, petition.getAuthor().getId()), language, signerKey, all);
        }
        authorMail.tell(petition, authorKey, arguments);
    }
}
