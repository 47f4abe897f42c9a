package org.civicvoice.participation.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyDraft;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.ChangedMeanwhile;
import org.civicvoice.participation.organisation.entity.DuplicateIdentifier;
import org.civicvoice.participation.organisation.entity.InvalidHierarchy;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.RegionText;
import org.civicvoice.participation.organisation.entity.RegionKind;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.organisation.entity.UnknownTopic;
import org.civicvoice.participation.shared.Constraints;
import org.civicvoice.participation.shared.ContentText;
import org.civicvoice.participation.shared.Roles;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Platform administrators keep the directory: government bodies, their topics, regions and topics. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class OrganisationAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    GovernmentBodies bodies;

    @Inject
    Regions regions;

    public Body createBody(@NotNull @Valid BodyDraft draft) {
        Body body = new Body(BodySlug.of(draft.slug()), draft.name().trim(), draft.kind(), null);
        describe(body, draft);
        em.persist(body);
        flush(draft.slug());
        return body;
    }

    /** Saves the changes unless someone else saved the body since {@code version} was read. */
    public Body updateBody(@NotNull BodySlug slug, @NotNull @Valid BodyDraft draft, long version) {
        Body body = bodies.find(slug);
        if (body.getVersion() != version) {
            throw new ChangedMeanwhile();
        }
        describe(body, draft);
        em.lock(body, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(slug.value());
        return body;
    }

    /** A new topic with its name and description in the default language and, by language tag, the others. */
    public Topic createTopic(String slug, String name, String description, Map<String, ContentText> translations) {
        Topic topic = new Topic(slug, name, description);
        topic.translate(translations);
        em.persist(topic);
        flush(slug);
        return topic;
    }

    /** A new region under its parent, with its name in the default language and, by language tag, the others. */
    public Region createRegion(String code, String name, RegionKind kind, String parentCode, Integer population,
                               Map<String, RegionText> translations) {
        Region parent = parentCode == null || parentCode.isBlank() ? null : regions.find(parentCode.trim());
        Region region = new Region(code, name, kind, parent, population);
        region.translate(translations);
        em.persist(region);
        flush(code);
        return region;
    }

    private void describe(Body body, BodyDraft draft) {
        Body parent = null;
        if (draft.parent() != null && !draft.parent().isBlank()) {
            parent = bodies.find(BodySlug.parse(draft.parent().trim())
                    .orElseThrow(() -> new UnknownBody(draft.parent())));
        }
        Region region = draft.region() == null || draft.region().isBlank() ? null : regions.find(draft.region().trim());
        try {
            body.describe(draft.name().trim(), blankToNull(draft.shortName()), draft.kind(), parent, region,
                    blankToNull(draft.description()), blankToNull(draft.contactEmail()),
                    blankToNull(draft.contactPhone()), blankToNull(draft.website()), blankToNull(draft.address()));
        } catch (IllegalArgumentException e) {
            throw new InvalidHierarchy();
        }
        body.translate(draft.translations());
        body.assign(topics(draft.topics()));
    }

    private Set<Topic> topics(List<String> slugs) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        List<Topic> found = em.createQuery("SELECT t FROM Topic t WHERE t.slug IN :slugs", Topic.class)
                .setParameter("slugs", slugs)
                .getResultList();
        if (found.size() != new HashSet<>(slugs).size()) {
            throw new UnknownTopic(String.join(", ", slugs));
        }
        return new HashSet<>(found);
    }

    private void flush(String identifier) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_org_")) {
                throw new DuplicateIdentifier(identifier);
            }
            throw e;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
