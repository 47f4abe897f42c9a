package org.civicvoice.participation.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.consultation.boundary.Consultations;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.UnitView;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.VersionStructure;
import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.lawtext.entity.UnitChange;
import org.civicvoice.participation.lawtext.entity.UnitDiff;
import org.civicvoice.participation.lawtext.entity.VersionDiff;
import org.civicvoice.participation.lawtext.entity.WordChange;
import org.civicvoice.participation.platform.web.Navigation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code consultation/diff.xhtml?number=n&from=1&to=2}: two published versions of a consultation's text compared
 * unit by unit, each unit marked in words as inserted, deleted, renumbered or changed, the words inserted and
 * deleted inside a changed unit shown as such, and each unit's element named by its eId in the newer version, so a
 * link can point at it. Without versions named, the current text is compared with the one before. Public and
 * without a session.
 */
@Named
@RequestScoped
public class ConsultationDiffPage {

    /** One unit of the comparison as the page shows it. */
    public record Row(String id, String label, String oldLabel, List<String> changes, List<WordChange> words,
                      String heading, String text, String depth) {

        public boolean is(String change) {
            return changes.contains(change);
        }
    }

    @Inject
    Consultations consultations;

    @Inject
    Navigation navigation;

    private String number;
    private Integer from;
    private Integer to;
    private Consultation consultation;
    private VersionDiff diff;
    private List<Row> rows = List.of();
    private String textLanguage;

    public void load() {
        try {
            ConsultationNumber parsed = ConsultationNumber.of(number);
            consultation = consultations.find(parsed);
            if (to == null) {
                to = consultation.getTextVersion();
            }
            if (from == null && to != null) {
                from = to - 1;
            }
            if (to == null || from == null || from < 1) {
                return;
            }
            diff = consultations.diff(parsed, from, to);
            VersionStructure newer = consultations.structure(parsed, to);
            textLanguage = newer.style() == LawStyle.KHMER ? "km" : null;
            Map<String, UnitView> units = newer.units().stream()
                    .collect(Collectors.toMap(UnitView::key, Function.identity()));
            Set<String> newIds = diff.units().stream().map(UnitDiff::newEId).filter(e -> e != null)
                    .collect(Collectors.toCollection(HashSet::new));
            rows = diff.units().stream().map(u -> row(u, units.get(u.key()), newIds)).toList();
        } catch (UnknownConsultation | IllegalArgumentException e) {
            navigation.notFound();
        }
    }

    static Row row(UnitDiff unit, UnitView now, Set<String> newIds) {
        List<String> changes = unit.changes().stream().sorted().map(UnitChange::name).toList();
        String id;
        if (unit.is(UnitChange.DELETED)) {
            // a deleted unit keeps its old eId unless a unit of the newer version now carries it
            id = newIds.contains(unit.oldEId()) ? "deleted__" + unit.oldEId() : unit.oldEId();
        } else {
            id = unit.newEId();
        }
        String label = unit.newLabel() != null ? unit.newLabel() : unit.oldLabel();
        boolean wordsShown = unit.is(UnitChange.CHANGED) || unit.is(UnitChange.INSERTED)
                || unit.is(UnitChange.DELETED);
        int depth = now == null ? 0 : Math.min(6, now.depth());
        return new Row(id, label, unit.is(UnitChange.RENUMBERED) ? unit.oldLabel() : null, changes,
                wordsShown ? unit.words() : List.of(), now == null || wordsShown ? null : now.heading(),
                now == null || wordsShown ? null : now.text(), Integer.toString(depth));
    }

    /** How many units changed so ({@code INSERTED}, {@code DELETED}, {@code RENUMBERED}, {@code CHANGED}). */
    public long count(String change) {
        return diff == null ? 0 : diff.count(UnitChange.valueOf(change));
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    /** Whether there are two versions to compare. */
    public boolean isCompared() {
        return diff != null;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The language of the draft's text where it differs from the page's ({@code km} for a Khmer draft). */
    public String getTextLanguage() {
        return textLanguage;
    }
}
