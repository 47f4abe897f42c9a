package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.consultation.entity.ConsultationComment;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.HeldComment;
import org.civicvoice.participation.consultation.entity.UnknownComment;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.util.List;

/**
 * The moderators' work on consultation comments: hiding one with a reason readers see in its place ("hidden by a
 * moderator: reason"), restoring one that was hidden or held for review, and the queue of comments held after
 * enough different people flagged them (see {@link ConsultationComments#flag}).
 */
@Stateless
@RolesAllowed({Roles.MODERATOR, Roles.PLATFORM_ADMIN})
public class ConsultationModeration {

    @PersistenceContext
    EntityManager em;

    @Inject
    MyAccount myAccount;

    @Inject
    Clock clock;

    public void hide(ConsultationNumber number, long commentId, String reason) {
        comment(number, commentId).hide(reason, myAccount.me().getId(), clock.instant());
    }

    public void restore(ConsultationNumber number, long commentId) {
        comment(number, commentId).restore(clock.instant());
    }

    /** Comments held for review, longest held first. */
    public List<HeldComment> held(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.id, c.consultation_id, k.title, a.display_name, c.text,
                               (SELECT COUNT(*) FROM con_flag f WHERE f.comment_id = c.id), c.held_at
                        FROM con_comment c JOIN con_consultation k ON k.id = c.consultation_id
                        JOIN idn_account a ON a.id = c.author_id
                        WHERE c.held_at IS NOT NULL ORDER BY c.held_at, c.id LIMIT ?""")
                .setParameter(1, Math.max(1, Math.min(max, 500)))
                .getResultList();
        return rows.stream().map(r -> new HeldComment(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                Consultations.instant(r[6]))).toList();
    }

    private ConsultationComment comment(ConsultationNumber number, long commentId) {
        ConsultationComment comment = em.find(ConsultationComment.class, commentId);
        if (comment == null || comment.getConsultationId() != number.value()) {
            throw new UnknownComment();
        }
        return comment;
    }
}
