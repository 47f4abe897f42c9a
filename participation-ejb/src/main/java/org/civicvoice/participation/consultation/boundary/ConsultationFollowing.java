package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.consultation.control.ConsultationFollowers;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;

/**
 * Signed-in people follow a public consultation to be told by mail when its report is published; following twice
 * keeps one row, unfollowing what one does not follow changes nothing.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class ConsultationFollowing {

    @PersistenceContext
    EntityManager em;

    @Inject
    MyAccount myAccount;

    @Inject
    ConsultationFollowers followers;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public void follow(ConsultationNumber number) {
        followers.follow(publicConsultation(number).getId(), myAccount.me().getId(), clock.instant());
    }

    public void unfollow(ConsultationNumber number) {
        followers.unfollow(publicConsultation(number).getId(), myAccount.me().getId());
    }

    /** Whether the caller follows the consultation; false for anonymous readers. */
    @PermitAll
    public boolean follows(ConsultationNumber number) {
        if (!context.isCallerInRole(Roles.CITIZEN)) {
            return false;
        }
        return followers.follows(number.value(), myAccount.me().getId());
    }

    private Consultation publicConsultation(ConsultationNumber number) {
        Consultation consultation = em.find(Consultation.class, number.value());
        if (consultation == null || !consultation.isPublic()) {
            throw new UnknownConsultation(number.toString());
        }
        return consultation;
    }
}
