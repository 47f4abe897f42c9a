package org.civicvoice.participation.organisation.boundary;

import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.Collection;
import java.util.Optional;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.civicvoice.participation.organisation.control.BodyHierarchy;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyFilter;
import org.civicvoice.participation.organisation.entity.BodyNode;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.shared.ResultPage;
import org.civicvoice.participation.shared.QueryHints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The public directory of government bodies: who they are, what they answer for, how they are organised. */
@Stateless
@PermitAll
public class GovernmentBodies {

    @PersistenceContext
    EntityManager em;

    /** Every body, by name (from the query cache), for choices in forms and filters. */
    public List<Body> all() {
        List<Body> all = em.createNamedQuery(Body.ALL, Body.class).getResultList();
        all.forEach(Body::translations);
        return all;
    }

    /** Every body's name in the language (default-language fallback), by slug, from the query cache. */
    public Map<String, String> names(String language) {
        return all().stream().collect(Collectors.toMap(Body::getSlug, body -> body.name(language)));
    }

    /** All bodies as a tree (government with its ministries and departments, parliament, municipalities). */
    public List<BodyNode> hierarchy() {
        List<Body> all = em.createNamedQuery(Body.ALL, Body.class).getResultList();
        all.forEach(body -> {
            body.translations();
            body.getTopics().forEach(Topic::translations);
        });
        return BodyHierarchy.of(all);
    }

    /** The bodies with these ids, by id, in one query (for lists that hold body ids). */
    public Map<Long, Body> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT b FROM Body b WHERE b.id IN :ids", Body.class)
                .setParameter("ids", List.copyOf(ids))
                .setHint(QueryHints.BATCH, "b.texts")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .getResultStream()
                .collect(Collectors.toMap(Body::getId, Function.identity()));
    }

    /** The body with the slug, if there is one, without its topics. */
    public Optional<Body> bySlug(BodySlug slug) {
        return em.createQuery("SELECT b FROM Body b WHERE b.slug = :slug", Body.class)
                .setParameter("slug", slug.value())
                .getResultStream().findFirst();
    }

    /** The body with its topics, parent and region. */
    public Body find(BodySlug slug) {
        List<Body> found = em.createQuery("""
                        SELECT DISTINCT b FROM Body b
                        LEFT JOIN FETCH b.topics
                        LEFT JOIN FETCH b.parent
                        LEFT JOIN FETCH b.region
                        WHERE b.slug = :slug""", Body.class)
                .setParameter("slug", slug.value())
                .setHint(QueryHints.BATCH, "b.texts")
                .setHint(QueryHints.BATCH, "b.topics.texts")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .getResultList();
        if (found.isEmpty()) {
            throw new UnknownBody(slug.value());
        }
        Body body = found.get(0);
        body.translations();
        body.getTopics().forEach(Topic::translations);
        if (body.getParent() != null) {
            body.getParent().translations();
        }
        if (body.getRegion() != null) {
            body.getRegion().translations();
        }
        return body;
    }

    /** The bodies directly under this one, by name. */
    public List<Body> subBodies(BodySlug slug) {
        List<Body> under = em.createNamedQuery(Body.UNDER, Body.class)
                .setParameter("slug", slug.value())
                .getResultList();
        under.forEach(Body::translations);
        return under;
    }

    /** A page of bodies matching the filter, by name, with topics, parent and region loaded. */
    public ResultPage<Body> list(BodyFilter filter, int first, int size) {
        int pageSize = ResultPage.clampSize(size);
        int start = Math.max(0, first);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        filter.kind().ifPresent(kind -> {
            where.append(" AND b.kind = :kind");
            parameters.put("kind", kind);
        });
        filter.topic().ifPresent(topic -> {
            where.append(" AND EXISTS (SELECT t FROM Body c JOIN c.topics t WHERE c = b AND t.slug = :topic)");
            parameters.put("topic", topic);
        });
        filter.parent().ifPresent(parent -> {
            where.append(" AND b.parent.slug = :parent");
            parameters.put("parent", parent.value());
        });
        filter.region().ifPresent(region -> {
            where.append(" AND b.region.code = :region");
            parameters.put("region", region);
        });
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(b) FROM Body b" + where, Long.class);
        TypedQuery<Body> page = em.createQuery("SELECT b FROM Body b" + where + " ORDER BY b.name, b.slug",
                        Body.class)
                .setHint(QueryHints.LEFT_FETCH, "b.parent")
                .setHint(QueryHints.BATCH, "b.topics")
                .setHint(QueryHints.BATCH, "b.texts")
                .setHint(QueryHints.BATCH, "b.topics.texts")
                .setHint(QueryHints.BATCH, "b.parent.texts")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setFirstResult(start)
                .setMaxResults(pageSize);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<Body> items = page.getResultList();
        items.forEach(body -> {
            body.translations();
            body.getTopics().forEach(Topic::translations);
        });
        return new ResultPage<>(items, count.getSingleResult(), start, pageSize);
    }
}
