package org.civicvoice.participation.routing.control;

import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.identity.entity.NotAllowed;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.QueueSetting;
import org.civicvoice.participation.routing.entity.UnknownCase;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Loads cases and bodies for the routing boundaries and applies the body scope: an official acts on a case only
 * as a member of its body (or of the body overseeing it after an escalation), with one of the required roles.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class CaseLookup {

    public static final Set<BodyRole> ANSWERING = EnumSet.allOf(BodyRole.class);
    public static final Set<BodyRole> APPROVING = EnumSet.of(BodyRole.APPROVER, BodyRole.BODY_ADMIN);
    public static final Set<BodyRole> ASSIGNING = EnumSet.of(BodyRole.BODY_ADMIN);

    @PersistenceContext
    EntityManager em;

    @Inject
    Officials officials;

    @Inject
    GovernmentBodies bodies;

    public Case load(CaseNumber number) {
        Case routedCase = em.find(Case.class, number.value());
        if (routedCase == null) {
            throw new UnknownCase(number.toString());
        }
        return routedCase;
    }

    public Body body(String slug) {
        return BodySlug.parse(slug).flatMap(bodies::bySlug).orElseThrow(() -> new UnknownBody(slug));
    }

    /** The caller, if they may act on the case with one of the roles; {@link NotAllowed} otherwise. */
    public Account actor(Case routedCase, Set<BodyRole> roles) {
        return actingIn(scope(routedCase), roles);
    }

    public Account actingIn(List<BodySlug> bodies, Set<BodyRole> roles) {
        return officials.actingIn(bodies, roles).orElseThrow(NotAllowed::new);
    }

    public boolean mayAct(Case routedCase, Set<BodyRole> roles) {
        return officials.actingIn(scope(routedCase), roles).isPresent();
    }

    public static List<BodySlug> scope(Case routedCase) {
        List<BodySlug> scope = new ArrayList<>();
        scope.add(new BodySlug(routedCase.getBody().getSlug()));
        if (routedCase.getOversightBody() != null) {
            scope.add(new BodySlug(routedCase.getOversightBody().getSlug()));
        }
        return scope;
    }

    public QueueSetting queueSetting(Body body) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT auto_assign, position FROM rte_queue_setting WHERE body_id = ?")
                .setParameter(1, body.getId())
                .getResultList();
        if (rows.isEmpty()) {
            return QueueSetting.BY_HAND;
        }
        Object automatic = rows.get(0)[0];
        boolean on = automatic instanceof Boolean b ? b : automatic instanceof Number n && n.intValue() != 0;
        return new QueueSetting(on, (String) rows.get(0)[1]);
    }
}
