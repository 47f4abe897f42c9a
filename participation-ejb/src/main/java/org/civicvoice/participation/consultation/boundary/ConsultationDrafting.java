package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.consultation.control.ConsultationTexts;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationChangedMeanwhile;
import org.civicvoice.participation.consultation.entity.ConsultationDraft;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ConsultationState;
import org.civicvoice.participation.consultation.entity.ConsultationVersion;
import org.civicvoice.participation.consultation.entity.DraftHasErrors;
import org.civicvoice.participation.consultation.entity.ImportedVersion;
import org.civicvoice.participation.consultation.entity.InvalidConsultation;
import org.civicvoice.participation.consultation.entity.NotOfficialOfBody;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.WrongConsultationState;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.lawtext.control.DocumentText;
import org.civicvoice.participation.lawtext.control.DraftParser;
import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.shared.BusinessException;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * An official of a body creates a consultation and imports its draft: the text is read into its units and shown
 * with its issues ({@link #preview}); an import with issues is refused and stores nothing; one without becomes the
 * next version. While drafting, each import replaces the text to be published when the consultation opens; after
 * it closed, an import publishes the next version at once. Texts cannot change while the consultation is open.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
public class ConsultationDrafting {

    static final int DRAFTS_SHOWN = 50;

    public static final int SOURCE_LENGTH = ConsultationVersion.SOURCE_LENGTH;

    @PersistenceContext
    EntityManager em;

    @Inject
    Officials officials;

    @Inject
    GovernmentBodies bodies;

    @Inject
    Topics topics;

    @Inject
    Regions regions;

    @Inject
    DraftParser parser;

    @Inject
    ConsultationTexts texts;

    @Inject
    Clock clock;

    @Inject
    MyAccount myAccount;

    /** Creates a consultation in the body's name, as a draft; answers its number. */
    public ConsultationNumber create(ConsultationDraft draft) {
        if (draft == null || draft.bodySlug() == null || draft.bodySlug().isBlank()) {
            throw new InvalidConsultation("consultation.body");
        }
        Body body;
        Topic topic;
        Region region;
        try {
            body = bodies.find(BodySlug.of(draft.bodySlug().strip()));
        } catch (BusinessException | IllegalArgumentException e) {
            throw new InvalidConsultation("consultation.body");
        }
        try {
            topic = topics.find(draft.topicSlug() == null ? "" : draft.topicSlug().strip());
        } catch (BusinessException | IllegalArgumentException e) {
            throw new InvalidConsultation("consultation.topic");
        }
        try {
            region = draft.regionCode() == null || draft.regionCode().isBlank() ? null
                    : regions.find(draft.regionCode().strip());
        } catch (BusinessException | IllegalArgumentException e) {
            throw new InvalidConsultation("consultation.region");
        }
        Account official = official(body);
        Instant now = clock.instant();
        Consultation consultation = new Consultation(body, topic, region, draft.title(), draft.summary(),
                draft.contact(), draft.opensAt(), draft.closesAt(), official, now);
        if (draft.translations() != null) {
            consultation.translate(draft.translations());
        }
        if (!consultation.getClosesAt().isAfter(now)) {
            throw new InvalidConsultation("consultation.dates");
        }
        em.persist(consultation);
        em.flush();
        return new ConsultationNumber(consultation.getId());
    }

    /** A consultation of the caller's body, also while it is a draft. */
    public Consultation find(ConsultationNumber number) {
        List<Consultation> found = em.createQuery("""
                        SELECT c FROM Consultation c JOIN FETCH c.body JOIN FETCH c.topic LEFT JOIN FETCH c.region
                        WHERE c.id = :id""", Consultation.class)
                .setParameter("id", number.value())
                .getResultList();
        if (found.isEmpty()) {
            throw new UnknownConsultation(number.toString());
        }
        official(found.get(0).getBody());
        return found.get(0);
    }

    /** The consultations still in drafting of the bodies the caller is an official of, the newest first. */
    public List<Consultation> drafts() {
        List<Long> bodies = myAccount.memberships().stream().map(m -> m.getBody().getId()).distinct().toList();
        if (bodies.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT c FROM Consultation c JOIN FETCH c.body
                        WHERE c.state = :state AND c.body.id IN :bodies ORDER BY c.id DESC""", Consultation.class)
                .setParameter("state", ConsultationState.DRAFT)
                .setParameter("bodies", bodies)
                .setMaxResults(DRAFTS_SHOWN)
                .getResultList();
    }

    /** The text of a draft's file (text, Markdown, .docx or .odt, told by its content), for review and editing. */
    public String readDocument(byte[] content) {
        return DocumentText.read(content);
    }

    /** The text read into its units with its issues, stored nowhere: what the official reviews before importing. */
    public ParsedDraft preview(String source, LawStyle style) {
        String text = checkedSource(source);
        return style == null ? parser.parse(text) : parser.parse(text, style);
    }

    /** A draft's file (text, Markdown, .docx or .odt, told by its content) read into its units, stored nowhere. */
    public ParsedDraft previewDocument(byte[] content, LawStyle style) {
        return preview(DocumentText.read(content), style);
    }

    /** Imports a draft's file (text, Markdown, .docx or .odt, told by its content) as {@link #importText} does. */
    public ImportedVersion importDocument(ConsultationNumber number, byte[] content, LawStyle style,
                                          long expectedVersion) {
        return importText(number, DocumentText.read(content), style, expectedVersion);
    }

    /**
     * Imports the text as the next version if it reads without issues; {@code expectedVersion} is the
     * consultation's version the official read, so a stale import is refused.
     */
    public ImportedVersion importText(ConsultationNumber number, String source, LawStyle style, long expectedVersion) {
        Consultation consultation = em.find(Consultation.class, number.value(), LockModeType.PESSIMISTIC_WRITE);
        if (consultation == null) {
            throw new UnknownConsultation(number.toString());
        }
        Account official = official(consultation.getBody());
        if (consultation.getVersion() != expectedVersion) {
            throw new ConsultationChangedMeanwhile();
        }
        if (consultation.getState() == ConsultationState.OPEN) {
            throw new WrongConsultationState(consultation.getState().name());
        }
        ParsedDraft draft = preview(source, style);
        if (!draft.isPublishable()) {
            throw new DraftHasErrors(draft.issues());
        }
        Instant now = clock.instant();
        Integer current = consultation.getTextVersion();
        Optional<ConsultationVersion> previous = current == null ? Optional.empty()
                : texts.version(consultation.getId(), current);
        int next = current == null ? 1 : current + 1;
        if (consultation.getState() == ConsultationState.DRAFT && previous.isPresent()) {
            // nobody has read or commented on a draft's text yet: a new import replaces it
            texts.discard(previous.get());
            previous = Optional.empty();
            next = current;
        }
        ConsultationVersion version = texts.store(consultation.getId(), next, source, draft, previous,
                official.getId(), now);
        if (consultation.getState() != ConsultationState.DRAFT) {
            version.publish(now);
        }
        consultation.textImported(next);
        em.flush();
        return new ImportedVersion(next, draft);
    }

    private static String checkedSource(String source) {
        String text = source == null ? "" : source.replace("\r\n", "\n");
        if (text.isBlank() || text.length() > SOURCE_LENGTH) {
            throw new InvalidConsultation("consultation.import.length", SOURCE_LENGTH);
        }
        return text;
    }

    private Account official(Body body) {
        return officials.actingIn(List.of(BodySlug.of(body.getSlug())), EnumSet.allOf(BodyRole.class))
                .orElseThrow(() -> new NotOfficialOfBody(body.getSlug()));
    }
}
