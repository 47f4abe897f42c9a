package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.consultation.entity.ConsultationComment;
import org.civicvoice.participation.routing.entity.CaseStepMade;
import org.civicvoice.participation.shared.BodyName;
import org.civicvoice.participation.shared.KeyedText;

import java.sql.Timestamp;

/**
 * What the body does with a comment it marked as needing an answer: routing hands each public step of the
 * comment's case over once, after the step's transaction committed; it is stored under the comment as
 * {@code consultation.comment.step.<KIND>} with the body's name, once per step (the step's id is a unique key).
 */
@Stateless
@PermitAll
public class ConsultationFollowUp {

    @PersistenceContext
    EntityManager em;

    public void caseStep(@Observes CaseStepMade step) {
        if (step.item() == null || !ConsultationCaseTypes.COMMENT_ITEM.equals(step.item().kind())
                || !step.kind().isPublic()) {
            return;
        }
        ConsultationComment comment = em.find(ConsultationComment.class, step.item().id());
        if (comment == null) {
            return;
        }
        KeyedText explanation = KeyedText.of("consultation.comment.step." + step.kind().name(),
                step.bodyName() == null ? "" : step.bodySlug() == null ? step.bodyName()
                        : new BodyName(step.bodySlug(), step.bodyName()));
        em.createNativeQuery("""
                        INSERT IGNORE INTO con_comment_event (comment_id, case_step_id, kind, message_key, arguments,
                                                              text, occurred_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, comment.getId())
                .setParameter(2, step.step())
                .setParameter(3, step.kind().name())
                .setParameter(4, explanation.key())
                .setParameter(5, explanation.storedArguments())
                .setParameter(6, step.text())
                .setParameter(7, Timestamp.from(step.at()))
                .executeUpdate();
    }
}
