package org.civicvoice.participation.consultation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.consultation.boundary.ConsultationDispositions;
import org.civicvoice.participation.consultation.boundary.ConsultationReports;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.Disposition;
import org.civicvoice.participation.consultation.entity.DispositionDecision;
import org.civicvoice.participation.consultation.entity.DispositionSheet;
import org.civicvoice.participation.consultation.entity.ReportFigures;
import org.civicvoice.participation.consultation.entity.SheetEntry;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.NotOfficialOfBody;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

import java.io.Serializable;
import java.util.List;

/**
 * {@code consultation/dispositions.xhtml?number=n}: the body's officials give each top-level comment its
 * disposition, one by one or one decision for the selected comments, and publish the report after a
 * confirmation, after seeing the report's figures as they stand. Each decision sends back the consultation's version the sheet was read at, so a decision on a
 * sheet someone else changed meanwhile is refused and overwrites nothing.
 */
@Named
@ViewScoped
public class ConsultationDispositionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationDispositions dispositions;

    @Inject
    transient ConsultationReports reports;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    private String number;
    private String title;
    private String state;
    private long version;
    private long missing;
    private List<Row> rows = List.of();
    private List<DispositionSheet.UnitChoice> units = List.of();
    private Disposition bulkDisposition;
    private String bulkReason;
    private String bulkUnit;
    private boolean confirming;
    private ReportFigures figures;

    /** One comment's line of the sheet, with the decision being edited. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final SheetEntry entry;
        private boolean selected;
        private Disposition disposition;
        private String reason;
        private String unit;

        Row(SheetEntry entry) {
            this.entry = entry;
            this.disposition = entry.disposition();
            this.reason = entry.reason();
            this.unit = entry.changedUnitKey();
        }

        public SheetEntry getEntry() {
            return entry;
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }

        public Disposition getDisposition() {
            return disposition;
        }

        public void setDisposition(Disposition disposition) {
            this.disposition = disposition;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    public void load() {
        try {
            DispositionSheet sheet = dispositions.sheet(ConsultationNumber.of(number));
            title = sheet.consultation().getTitle();
            state = sheet.consultation().getState().name();
            version = sheet.consultation().getVersion();
            missing = sheet.missing();
            rows = sheet.comments().stream().map(Row::new).toList();
            units = sheet.units();
            if (isClosed()) {
                figures = reports.preview(ConsultationNumber.of(number));
            }
        } catch (UnknownConsultation | IllegalArgumentException e) {
            navigation.notFound();
        } catch (NotOfficialOfBody e) {
            navigation.forbidden();
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void save(Row row) {
        decide(List.of(row.getEntry().id()), row.getDisposition(), row.getReason(), row.getUnit());
    }

    public void applyToSelected() {
        decide(rows.stream().filter(Row::isSelected).map(r -> r.getEntry().id()).toList(), bulkDisposition,
                bulkReason, bulkUnit);
    }

    public void confirm() {
        confirming = true;
    }

    public void cancel() {
        confirming = false;
    }

    public void publish() {
        try {
            dispositions.publishReport(ConsultationNumber.of(number), version);
            messages.info("consultation.dispositions.published");
            navigation.redirect("/consultation/view.xhtml?number=" + ConsultationNumber.of(number) + "#report");
        } catch (RuntimeException e) {
            confirming = false;
            messages.refused(e);
        }
    }

    private void decide(List<Long> ids, Disposition disposition, String reason, String unit) {
        try {
            dispositions.dispose(ConsultationNumber.of(number), version, ids,
                    new DispositionDecision(disposition, reason, disposition != null && disposition.changesText()
                            ? unit : null));
            messages.info("consultation.dispositions.saved");
            navigation.redirect("/consultation/dispositions.xhtml?number=" + ConsultationNumber.of(number));
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** The report's figures as they stand, shown before publishing (null until the consultation has closed). */
    public ReportFigures getFigures() {
        return figures;
    }

    /** The largest count of a figure, for scaling its bars. */
    public long max(List<ReportFigures.Count> counts) {
        return ReportFigures.max(counts);
    }

    public Disposition[] getDispositionChoices() {
        return Disposition.values();
    }

    public boolean isClosed() {
        return "CLOSED".equals(state);
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

    public long getMissing() {
        return missing;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<DispositionSheet.UnitChoice> getUnits() {
        return units;
    }

    public Disposition getBulkDisposition() {
        return bulkDisposition;
    }

    public void setBulkDisposition(Disposition bulkDisposition) {
        this.bulkDisposition = bulkDisposition;
    }

    public String getBulkReason() {
        return bulkReason;
    }

    public void setBulkReason(String bulkReason) {
        this.bulkReason = bulkReason;
    }

    public String getBulkUnit() {
        return bulkUnit;
    }

    public void setBulkUnit(String bulkUnit) {
        this.bulkUnit = bulkUnit;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
