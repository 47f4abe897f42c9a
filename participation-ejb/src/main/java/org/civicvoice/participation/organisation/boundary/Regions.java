package org.civicvoice.participation.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.UnknownRegion;

import java.util.List;
import java.util.Optional;

/** The region tree: country, provinces, districts and municipalities. */
@Stateless
@PermitAll
public class Regions {

    @PersistenceContext
    EntityManager em;

    /** All regions, the country first, then by level and name, each with its parent loaded. */
    public List<Region> all() {
        List<Region> all = em.createNamedQuery(Region.ALL, Region.class).getResultList();
        all.forEach(Region::translations);
        return all;
    }

    /** The region with the code, if there is one (none for null). */
    public Optional<Region> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT r FROM Region r LEFT JOIN FETCH r.parent WHERE r.code = :code", Region.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The ids of the region with the code and of the regions directly inside it; none for an unknown code. */
    public List<Long> idsWithin(String code) {
        return em.createQuery("""
                        SELECT r.id FROM Region r LEFT JOIN r.parent up WHERE r.code = :code OR up.code = :code""",
                        Long.class)
                .setParameter("code", code)
                .getResultList();
    }

    public Region find(String code) {
        return em.createQuery("SELECT r FROM Region r LEFT JOIN FETCH r.parent WHERE r.code = :code", Region.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownRegion(code));
    }
}
