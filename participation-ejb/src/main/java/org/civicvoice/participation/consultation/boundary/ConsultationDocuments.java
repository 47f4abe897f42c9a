package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.civicvoice.participation.consultation.control.DocumentKinds;
import org.civicvoice.participation.consultation.control.DocumentKinds.Kind;
import org.civicvoice.participation.consultation.control.DocumentStore;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationDocument;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ConsultationState;
import org.civicvoice.participation.consultation.entity.InvalidConsultation;
import org.civicvoice.participation.consultation.entity.NotOfficialOfBody;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.WrongConsultationState;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.shared.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

/**
 * Documents attached to a consultation: officials of its body attach them while it is a draft or open; the content
 * must be the kind its name says (checked by {@link DocumentKinds}), else nothing is stored. The bytes lie in the
 * files folder ({@code participation.files-dir}) under a random key, outside the database and the web root.
 */
@Stateless
@PermitAll
public class ConsultationDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Officials officials;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    DocumentStore store;

    @Inject
    @ConfigProperty(name = "participation.files.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public long attach(ConsultationNumber number, String fileName, String title, InputStream upload) {
        Consultation consultation = editable(number);
        Account official = officialOf(consultation);
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
        String shownTitle = title == null || title.isBlank() ? name : title.strip();
        if (name.isEmpty() || name.length() > ConsultationDocument.NAME_LENGTH
                || shownTitle.length() > ConsultationDocument.TITLE_LENGTH) {
            throw new InvalidConsultation("consultation.document.invalidName", ConsultationDocument.NAME_LENGTH,
                    ConsultationDocument.TITLE_LENGTH);
        }
        byte[] content = limited(upload);
        Kind kind = DocumentKinds.detect(name, content)
                .orElseThrow(() -> new InvalidConsultation("consultation.document.wrongKind", name));
        String storedKey = store.store(content);
        ConsultationDocument document = new ConsultationDocument(consultation.getId(), storedKey, name, shownTitle,
                kind.contentType(), content.length, DocumentStore.sha256(content), official.getId(),
                clock.instant());
        deleteAfterCompletion(storedKey, false);
        em.persist(document);
        em.flush();
        return document.id();
    }

    /** The largest document accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The documents of a consultation, oldest first. */
    public List<ConsultationDocument> documents(ConsultationNumber number) {
        return em.createQuery("SELECT d FROM ConsultationDocument d WHERE d.consultationId = :c ORDER BY d.id",
                ConsultationDocument.class).setParameter("c", number.value()).getResultList();
    }

    /** The file of a document, for its download. */
    public Path file(ConsultationDocument document) {
        return store.file(document.storedKey());
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public void remove(ConsultationNumber number, long documentId) {
        Consultation consultation = editable(number);
        officialOf(consultation);
        ConsultationDocument document = em.find(ConsultationDocument.class, documentId);
        if (document == null || document.consultationId() != consultation.getId()) {
            throw new InvalidConsultation("consultation.document.unknown", documentId);
        }
        em.remove(document);
        em.flush();
        deleteAfterCompletion(document.storedKey(), true);
    }

    /** Reads at most one byte more than the limit, so an oversized upload is refused without being held whole. */
    private byte[] limited(InputStream upload) {
        byte[] content;
        try {
            content = upload == null ? new byte[0] : upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                    maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length == 0) {
            throw new InvalidConsultation("consultation.document.empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidConsultation("consultation.document.tooLarge", maxBytes / (1024 * 1024));
        }
        return content;
    }

    /**
     * Deletes a file once the transaction has ended: a removed document's file after its removal committed, a new
     * document's file when the attachment did not commit, so no row points at a missing file and no file is left
     * without its row.
     */
    private void deleteAfterCompletion(String storedKey, boolean whenCommitted) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == whenCommitted) {
                    store.delete(storedKey);
                }
            }
        });
    }

    private Consultation editable(ConsultationNumber number) {
        Consultation consultation = em.find(Consultation.class, number.value());
        if (consultation == null) {
            throw new UnknownConsultation(number.toString());
        }
        if (consultation.getState() != ConsultationState.DRAFT && consultation.getState() != ConsultationState.OPEN) {
            throw new WrongConsultationState(consultation.getState().name());
        }
        return consultation;
    }

    private Account officialOf(Consultation consultation) {
        String body = consultation.getBody().getSlug();
        return officials.actingIn(List.of(BodySlug.of(body)), EnumSet.allOf(BodyRole.class))
                .orElseThrow(() -> new NotOfficialOfBody(body));
    }
}
