package org.civicvoice.participation.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.organisation.entity.UnknownTopic;

import java.util.List;
import java.util.Optional;

/** The policy areas items are filed under and bodies are responsible for. */
@Stateless
@PermitAll
public class Topics {

    @PersistenceContext
    EntityManager em;

    public List<Topic> all() {
        List<Topic> all = em.createNamedQuery(Topic.ALL, Topic.class).getResultList();
        all.forEach(Topic::translations);
        return all;
    }

    /** The topic with the slug, if there is one (none for null). */
    public Optional<Topic> bySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM Topic t WHERE t.slug = :slug", Topic.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Topic find(String slug) {
        return em.createQuery("SELECT t FROM Topic t WHERE t.slug = :slug", Topic.class)
                .setParameter("slug", slug == null ? "" : slug)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownTopic(String.valueOf(slug)));
    }
}
