package org.civicvoice.participation.consultation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.civicvoice.participation.consultation.boundary.ConsultationDocuments;
import org.civicvoice.participation.consultation.boundary.ConsultationDrafting;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationDocument;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.NotOfficialOfBody;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code consultation/documents.xhtml?number=n}: the body's officials attach documents to a consultation while it
 * is a draft or open (a file and an optional title; a refusal is shown next to the file and nothing is stored), and
 * remove one after confirming. The list shows what the public consultation page lists.
 */
@Named
@ViewScoped
public class ConsultationDocumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which field a refusal of the boundary is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "consultation.document.invalidName", "upload:title",
            "consultation.document.empty", "upload:file",
            "consultation.document.tooLarge", "upload:file",
            "consultation.document.wrongKind", "upload:file");

    @Inject
    transient ConsultationDrafting drafting;

    @Inject
    transient ConsultationDocuments documents;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    private String number;
    private String title;
    private String state;
    private List<ConsultationDocument> attached = List.of();
    private transient Part file;
    private String documentTitle;
    private Long removing;

    public void load() {
        try {
            ConsultationNumber parsed = ConsultationNumber.of(number);
            Consultation consultation = drafting.find(parsed);
            title = consultation.getTitle();
            state = consultation.getState().name();
            attached = documents.documents(parsed);
        } catch (UnknownConsultation | IllegalArgumentException e) {
            navigation.notFound();
        } catch (NotOfficialOfBody e) {
            navigation.forbidden();
        }
    }

    public void attach() {
        if (file == null || file.getSize() == 0) {
            messages.fieldError("upload:file", "consultation.documents.chooseFile");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try (InputStream content = file.getInputStream()) {
            documents.attach(ConsultationNumber.of(number), file.getSubmittedFileName(), documentTitle, content);
            messages.info("consultation.documents.attached");
            navigation.redirect("/consultation/documents.xhtml?number=" + ConsultationNumber.of(number));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            messages.refused(e, FIELDS);
        }
    }

    public void confirmRemoval(ConsultationDocument document) {
        removing = document.id();
    }

    public void cancelRemoval() {
        removing = null;
    }

    public void remove() {
        try {
            documents.remove(ConsultationNumber.of(number), removing);
            messages.info("consultation.documents.removed");
            navigation.redirect("/consultation/documents.xhtml?number=" + ConsultationNumber.of(number));
        } catch (RuntimeException e) {
            removing = null;
            messages.refused(e);
        }
    }

    /** Whether documents may still be attached and removed (a draft or an open consultation). */
    public boolean isEditable() {
        return "DRAFT".equals(state) || "OPEN".equals(state);
    }

    public String getFileHint() {
        return messages.text("consultation.documents.fileHint", documents.maxBytes() / (1024 * 1024));
    }

    public String getTitleHint() {
        return messages.text("consultation.documents.titleHint", ConsultationDocument.TITLE_LENGTH);
    }

    public int getTitleLength() {
        return ConsultationDocument.TITLE_LENGTH;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public String getState() {
        return state;
    }

    public List<ConsultationDocument> getAttached() {
        return attached;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public Long getRemoving() {
        return removing;
    }
}
