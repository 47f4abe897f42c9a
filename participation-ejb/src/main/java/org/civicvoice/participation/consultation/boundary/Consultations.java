package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.organisation.entity.Region;
import java.util.stream.Collectors;
import org.civicvoice.participation.consultation.control.ConsultationTexts;
import org.civicvoice.participation.consultation.entity.CommentView;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationCard;
import org.civicvoice.participation.consultation.entity.ConsultationComment;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ConsultationQuery;
import org.civicvoice.participation.consultation.entity.ConsultationState;
import org.civicvoice.participation.consultation.entity.ConsultationVersion;
import org.civicvoice.participation.consultation.entity.Disposition;
import org.civicvoice.participation.consultation.entity.UnitView;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.VersionStructure;
import org.civicvoice.participation.lawtext.control.VersionComparer;
import org.civicvoice.participation.lawtext.entity.UnitKind;
import org.civicvoice.participation.lawtext.entity.VersionDiff;
import org.civicvoice.participation.shared.ReaderLanguage;
import org.civicvoice.participation.shared.ResultPage;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading consultations in public: the list, one consultation, a published version's structure with the number of
 * comments beside each unit (units and counts in one query, whatever the number of units), the comparison of two
 * versions, and the comments with their replies. Drafts are not public.
 */
@Stateless
@PermitAll
public class Consultations {

    @PersistenceContext
    EntityManager em;

    @Inject
    GovernmentBodies bodies;

    @Inject
    ReaderLanguage reader;

    @Inject
    Topics topics;

    @Inject
    Regions regions;

    @Inject
    ConsultationTexts texts;

    @Inject
    VersionComparer comparer;

    /** A public consultation with its body, topic and region. */
    public Consultation find(ConsultationNumber number) {
        List<Consultation> found = em.createQuery("""
                        SELECT c FROM Consultation c JOIN FETCH c.body JOIN FETCH c.topic LEFT JOIN FETCH c.region
                        WHERE c.id = :id""", Consultation.class)
                .setParameter("id", number.value())
                .getResultList();
        if (found.isEmpty() || !found.get(0).isPublic()) {
            throw new UnknownConsultation(number.toString());
        }
        return found.get(0);
    }

    /** A page of public consultations, the latest closing first. */
    public ResultPage<ConsultationCard> search(ConsultationQuery query) {
        StringBuilder where = new StringBuilder(" WHERE c.state <> 'DRAFT'");
        List<Object> parameters = new ArrayList<>();
        parameters.add(reader.tag());
        query.state().filter(s -> s != ConsultationState.DRAFT).ifPresent(s -> {
            where.append(" AND c.state = ?");
            parameters.add(s.name());
        });
        query.bodySlug().ifPresent(b -> {
            where.append(" AND c.body_id = ?");
            parameters.add(BodySlug.parse(b).flatMap(bodies::bySlug).map(Body::getId).orElse(0L));
        });
        query.topicSlug().ifPresent(t -> {
            where.append(" AND c.topic_id = ?");
            parameters.add(topics.bySlug(t).map(Topic::getId).orElse(0L));
        });
        query.regionCode().ifPresent(r -> {
            where.append(" AND c.region_id = ?");
            parameters.add(regions.byCode(r).map(Region::getId).orElse(0L));
        });
        String from = " FROM con_consultation c LEFT JOIN con_consultation_text tr ON tr.consultation_id = c.id"
                + " AND tr.language = ?";
        var count = em.createNativeQuery("SELECT COUNT(*)" + from + where);
        int size = ResultPage.clampSize(query.size());
        int first = Math.max(0, query.first());
        var rows = em.createNativeQuery("""
                SELECT c.id, COALESCE(NULLIF(tr.name, ''), c.title), COALESCE(NULLIF(tr.description, ''), c.summary),
                       c.state, c.body_id, c.topic_id, c.region_id, c.opens_at, c.closes_at,
                       c.text_version,
                       (SELECT COUNT(*) FROM con_comment m WHERE m.consultation_id = c.id AND m.hidden_at IS NULL
                        AND m.held_at IS NULL)
                """ + from + where + " ORDER BY c.closes_at DESC, c.id DESC LIMIT ? OFFSET ?");
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            rows.setParameter(i + 1, parameters.get(i));
        }
        rows.setParameter(parameters.size() + 1, size);
        rows.setParameter(parameters.size() + 2, first);
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        Map<Long, Body> named = bodies.byIds(found.stream().map(r -> ((Number) r[4]).longValue()).toList());
        Map<Long, String> topicSlugs = topics.all().stream().collect(Collectors.toMap(Topic::getId, Topic::getSlug));
        Map<Long, String> regionCodes = regions.all().stream().collect(Collectors.toMap(Region::getId, Region::getCode));
        List<ConsultationCard> cards = found.stream().map(r -> {
            Body body = named.get(((Number) r[4]).longValue());
            return new ConsultationCard(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ConsultationState.valueOf((String) r[3]), body.getSlug(), body.name(reader.tag()),
                    topicSlugs.get(((Number) r[5]).longValue()),
                    r[6] == null ? null : regionCodes.get(((Number) r[6]).longValue()), instant(r[7]), instant(r[8]),
                    r[9] == null ? null : ((Number) r[9]).intValue(), ((Number) r[10]).longValue());
        }).toList();
        return new ResultPage<>(cards, total, first, size);
    }

    /** A published version's units in order, each with its visible comments counted, in one query. */
    public VersionStructure structure(ConsultationNumber number, int versionNumber) {
        Consultation consultation = find(number);
        ConsultationVersion version = published(consultation, versionNumber);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT u.position, u.unit_key, u.eid, u.kind, u.label, u.heading, u.text, u.notes, u.depth,
                               u.parent_position, COUNT(m.id)
                        FROM con_unit u
                        LEFT JOIN con_comment m ON m.consultation_id = ? AND m.unit_key = u.unit_key
                             AND m.hidden_at IS NULL AND m.held_at IS NULL
                        WHERE u.version_id = ?
                        GROUP BY u.id, u.position, u.unit_key, u.eid, u.kind, u.label, u.heading, u.text, u.notes,
                                 u.depth, u.parent_position
                        ORDER BY u.position""")
                .setParameter(1, consultation.getId())
                .setParameter(2, version.getId())
                .getResultList();
        List<UnitView> units = rows.stream().map(r -> new UnitView(((Number) r[0]).intValue(), (String) r[1],
                (String) r[2], UnitKind.valueOf((String) r[3]), (String) r[4], (String) r[5], (String) r[6],
                r[7] == null || ((String) r[7]).isEmpty() ? List.of() : Arrays.asList(((String) r[7]).split("\n")),
                ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), ((Number) r[10]).longValue())).toList();
        long draftComments = em.createQuery("""
                        SELECT COUNT(c) FROM ConsultationComment c WHERE c.consultationId = :id AND c.unitKey IS NULL
                        AND c.hiddenAt IS NULL AND c.heldAt IS NULL""", Long.class)
                .setParameter("id", consultation.getId())
                .getSingleResult();
        return new VersionStructure(consultation.getId(), version.getNumber(), version.getStyle(),
                version.getPreamble(), version.getPublishedAt(), units, draftComments);
    }

    /** Two published versions compared unit by unit. */
    public VersionDiff diff(ConsultationNumber number, int from, int to) {
        Consultation consultation = find(number);
        ConsultationVersion older = published(consultation, from);
        ConsultationVersion newer = published(consultation, to);
        return comparer.compare(texts.units(older.getId()), texts.units(newer.getId()));
    }

    /**
     * The comments of a public consultation, on one unit (by its key) or all, with their replies, oldest first;
     * comments held for review are left out, hidden ones keep their place with the moderator's reason. Each
     * top-level comment carries its disposition once the body gave one.
     */
    public List<CommentView> comments(ConsultationNumber number, String unitKey) {
        Consultation consultation = find(number);
        var query = em.createQuery("SELECT c FROM ConsultationComment c JOIN FETCH c.author LEFT JOIN FETCH c.parent"
                        + " WHERE c.consultationId = :id AND c.heldAt IS NULL"
                        + (unitKey == null ? "" : " AND c.unitKey = :unit")
                        + " ORDER BY c.createdAt, c.id", ConsultationComment.class)
                .setParameter("id", consultation.getId());
        if (unitKey != null) {
            query.setParameter("unit", unitKey);
        }
        List<ConsultationComment> all = query.setMaxResults(5000).getResultList();
        Map<Long, Long> supports = new java.util.HashMap<>();
        Map<Long, Object[]> decided = new java.util.HashMap<>();
        if (!all.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> counted = em.createNativeQuery("""
                            SELECT s.comment_id, COUNT(*) FROM con_support s JOIN con_comment c ON c.id = s.comment_id
                            WHERE c.consultation_id = ? GROUP BY s.comment_id""")
                    .setParameter(1, consultation.getId())
                    .getResultList();
            counted.forEach(r -> supports.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
            long newest = consultation.getTextVersion() == null ? 0L
                    : texts.version(consultation.getId(), consultation.getTextVersion())
                    .map(ConsultationVersion::getId).orElse(0L);
            @SuppressWarnings("unchecked")
            List<Object[]> dispositions = em.createNativeQuery("""
                            SELECT d.comment_id, d.disposition, d.reason, d.changed_unit_key, u.eid, u.label
                            FROM con_disposition d
                            LEFT JOIN con_unit u ON u.version_id = ? AND u.unit_key = d.changed_unit_key
                            WHERE d.consultation_id = ?""")
                    .setParameter(1, newest)
                    .setParameter(2, consultation.getId())
                    .getResultList();
            dispositions.forEach(r -> decided.put(((Number) r[0]).longValue(), r));
        }
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        for (ConsultationComment c : all) {
            if (c.getParent() != null) {
                replies.computeIfAbsent(c.getParent().getId(), id -> new ArrayList<>())
                        .add(view(c, supports, List.of(), null));
            }
        }
        return all.stream().filter(c -> c.getParent() == null)
                .map(c -> view(c, supports, replies.getOrDefault(c.getId(), List.of()), decided.get(c.getId())))
                .toList();
    }

    private ConsultationVersion published(Consultation consultation, int number) {
        return texts.version(consultation.getId(), number)
                .filter(v -> v.getPublishedAt() != null)
                .orElseThrow(() -> new UnknownConsultation(consultation.getId() + "/" + number));
    }

    private static CommentView view(ConsultationComment c, Map<Long, Long> supports, List<CommentView> replies,
                                    Object[] decided) {
        return new CommentView(c.getId(), c.getUnitKey(), c.getVersionNumber(),
                c.isHidden() ? null : c.getAuthor().getDisplayName(), c.isHidden() ? null : c.getOnBehalfOf(),
                c.isHidden() ? null : c.getQuote(), c.getText(), c.getHiddenReason(), c.getCreatedAt(),
                c.getAnswerRequestedAt() != null, supports.getOrDefault(c.getId(), 0L), replies,
                decided == null ? null : Disposition.valueOf((String) decided[1]),
                decided == null ? null : (String) decided[2], decided == null ? null : (String) decided[3],
                decided == null ? null : (String) decided[4], decided == null ? null : (String) decided[5],
                c.getLanguage());
    }

    static java.time.Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return (java.time.Instant) value;
    }
}
