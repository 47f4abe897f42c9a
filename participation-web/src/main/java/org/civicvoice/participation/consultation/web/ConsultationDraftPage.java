package org.civicvoice.participation.consultation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.civicvoice.participation.consultation.boundary.ConsultationDrafting;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ImportedVersion;
import org.civicvoice.participation.consultation.entity.NotOfficialOfBody;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.lawtext.entity.ParseIssue;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.civicvoice.participation.lawtext.entity.ParsedUnit;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.shared.ReaderLanguage;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code consultation/draft.xhtml?number=n}: the body's officials enter a consultation's text (typed or pasted, or
 * read from a .txt, .md, .docx or .odt file into the box) and check it: the source with its line numbers beside the
 * tree the parser read, and every issue with its line. Only a text without issues can be imported (while drafting it
 * replaces the draft's text; after closing it becomes the next version); nothing is stored by a check, and an
 * import on a consultation someone changed meanwhile is refused.
 */
@Named
@ViewScoped
public class ConsultationDraftPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which field a refusal of the boundary is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "consultation.import.length", "text:source",
            "lawtext.document.kind", "text:file",
            "lawtext.document.size", "text:file");

    /** One line of the source as the check shows it. */
    public record Line(int number, String text, boolean hasIssue) implements Serializable {
    }

    /** An issue of the check, in the reader's language, with the line it concerns. */
    public record Issue(int line, String text) implements Serializable {
    }

    @Inject
    transient ConsultationDrafting drafting;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    @Inject
    transient ReaderLanguage reader;

    private String number;
    private String title;
    private String state;
    private Integer textVersion;
    private long version;
    private String source;
    private String style;
    private transient Part file;
    private transient ParsedDraft checked;
    private String checkedSource;

    public void load() {
        try {
            Consultation consultation = drafting.find(ConsultationNumber.of(number));
            title = consultation.title(reader.tag());
            state = consultation.getState().name();
            textVersion = consultation.getTextVersion();
            version = consultation.getVersion();
        } catch (UnknownConsultation | IllegalArgumentException e) {
            navigation.notFound();
        } catch (NotOfficialOfBody e) {
            navigation.forbidden();
        }
    }

    /** Reads the chosen file into the text box (nothing is stored) and checks it. */
    public void readFile() {
        if (file == null || file.getSize() == 0) {
            messages.fieldError("text:file", "consultation.draft.chooseFile");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try (InputStream content = file.getInputStream()) {
            source = drafting.readDocument(content.readNBytes(ConsultationDrafting.SOURCE_LENGTH * 8 + 1));
            check();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            messages.refused(e, FIELDS);
        }
    }

    /** Reads the text into units and shows them beside the source; stores nothing. */
    public void check() {
        try {
            checked = drafting.preview(source, chosenStyle());
            checkedSource = source;
            if (checked.isPublishable()) {
                messages.info("consultation.draft.checkedClean", checked.units().size());
            } else {
                messages.error("consultation.import.errors", checked.issues().size());
            }
        } catch (RuntimeException e) {
            checked = null;
            messages.refused(e, FIELDS);
        }
    }

    /** Imports the text that was checked without issues. */
    public void importText() {
        if (checked == null || !checked.isPublishable() || !Objects.equals(source, checkedSource)) {
            check();
            if (checked == null || !checked.isPublishable()) {
                return;
            }
        }
        try {
            ImportedVersion imported = drafting.importText(ConsultationNumber.of(number), source, chosenStyle(),
                    version);
            messages.info("consultation.draft.imported", imported.number(), imported.draft().units().size());
            navigation.redirect("/consultation/draft.xhtml?number=" + ConsultationNumber.of(number));
        } catch (RuntimeException e) {
            messages.refused(e, FIELDS);
        }
    }

    private LawStyle chosenStyle() {
        return style == null || style.isBlank() ? null : LawStyle.valueOf(style);
    }

    /** The checked source, line by line, the lines with an issue marked. */
    public List<Line> getLines() {
        if (checked == null || checkedSource == null) {
            return List.of();
        }
        Set<Integer> withIssues = checked.issues().stream().map(ParseIssue::line).collect(Collectors.toSet());
        String[] lines = checkedSource.replace("\r\n", "\n").split("\n", -1);
        List<Line> shown = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            shown.add(new Line(i + 1, lines[i], withIssues.contains(i + 1)));
        }
        return shown;
    }

    public List<Issue> getIssues() {
        if (checked == null) {
            return List.of();
        }
        return checked.issues().stream().map(issue -> {
            List<Object> arguments = new ArrayList<>();
            arguments.add(issue.line());
            arguments.addAll(issue.details());
            return new Issue(issue.line(), messages.text(issue.key(), arguments.toArray()));
        }).toList();
    }

    public List<ParsedUnit> getUnits() {
        return checked == null ? List.of() : checked.units();
    }

    public boolean isChecked() {
        return checked != null;
    }

    public boolean isPublishable() {
        return checked != null && checked.isPublishable();
    }

    /** Whether a text may be imported now: while drafting, and after closing (as the next version). */
    public boolean isEditable() {
        return "DRAFT".equals(state) || "CLOSED".equals(state);
    }

    public LawStyle[] getStyles() {
        return LawStyle.values();
    }

    public int getSourceLength() {
        return ConsultationDrafting.SOURCE_LENGTH;
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

    public Integer getTextVersion() {
        return textVersion;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getStyle() {
        return style;
    }

    public void setStyle(String style) {
        this.style = style;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
