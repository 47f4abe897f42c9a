package org.civicvoice.participation.routing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.routing.control.CaseLookup;
import org.civicvoice.participation.routing.entity.QueueSetting;
import org.civicvoice.participation.shared.Roles;

import java.util.List;

/** A body's choice between handing out cases by hand and automatic assignment; its administrators decide. */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
public class QueueSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseLookup lookup;

    public QueueSetting of(BodySlug body) {
        lookup.actingIn(List.of(body), CaseLookup.ANSWERING);
        return lookup.queueSetting(lookup.body(body.value()));
    }

    public QueueSetting change(BodySlug slug, QueueSetting setting) {
        lookup.actingIn(List.of(slug), CaseLookup.ASSIGNING);
        Body body = lookup.body(slug.value());
        em.createNativeQuery("""
                        INSERT INTO rte_queue_setting (body_id, auto_assign, position) VALUES (?, ?, ?)
                        ON DUPLICATE KEY UPDATE auto_assign = VALUES(auto_assign), position = VALUES(position)""")
                .setParameter(1, body.getId())
                .setParameter(2, setting.automatic())
                .setParameter(3, setting.position())
                .executeUpdate();
        return setting;
    }

}
