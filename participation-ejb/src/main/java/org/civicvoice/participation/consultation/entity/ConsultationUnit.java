package org.civicvoice.participation.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.civicvoice.participation.lawtext.entity.KeyedUnit;
import org.civicvoice.participation.lawtext.entity.ParsedUnit;
import org.civicvoice.participation.lawtext.entity.UnitKind;
import org.civicvoice.participation.lawtext.entity.UnitNumber;

import java.util.Arrays;
import java.util.List;

/**
 * A unit of one version, in document order, with the stable key it keeps across versions ({@code key}: comments
 * are attached to it) and its eId in this version. Written once with its version, never changed.
 */
@Entity
@Table(name = "con_unit")
public class ConsultationUnit {

    public static final int LABEL_LENGTH = 60;
    public static final int HEADING_LENGTH = 500;
    public static final int EID_LENGTH = 250;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "unit_key", length = 36, nullable = false, updatable = false)
    private String key;

    @Column(name = "eid", length = EID_LENGTH, nullable = false, updatable = false)
    private String eId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 12, nullable = false, updatable = false)
    private UnitKind kind;

    @Column(name = "label", length = LABEL_LENGTH, nullable = false, updatable = false)
    private String label;

    @Column(name = "number_base", nullable = false, updatable = false)
    private int numberBase;

    @Column(name = "number_inserted", nullable = false, updatable = false)
    private int numberInserted;

    @Column(name = "heading", length = HEADING_LENGTH, nullable = false, updatable = false)
    private String heading;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "notes", updatable = false)
    private String notes;

    @Column(name = "depth", nullable = false, updatable = false)
    private int depth;

    @Column(name = "parent_position", nullable = false, updatable = false)
    private int parentPosition;

    protected ConsultationUnit() {
    }

    public ConsultationUnit(long versionId, KeyedUnit keyed) {
        ParsedUnit unit = keyed.unit();
        if (unit.label().length() > LABEL_LENGTH || unit.heading().length() > HEADING_LENGTH
                || unit.eId().length() > EID_LENGTH) {
            throw new InvalidConsultation("consultation.import.unitTooLong", unit.line());
        }
        this.versionId = versionId;
        this.position = unit.position();
        this.key = keyed.key();
        this.eId = unit.eId();
        this.kind = unit.kind();
        this.label = unit.label();
        this.numberBase = unit.number().base();
        this.numberInserted = unit.number().inserted();
        this.heading = unit.heading();
        this.text = unit.text();
        this.notes = unit.notes().isEmpty() ? null : String.join("\n", unit.notes());
        this.depth = unit.depth();
        this.parentPosition = unit.parent();
    }

    /** The unit as the law-text controls read it, with its key. */
    public KeyedUnit toKeyed() {
        return new KeyedUnit(key, new ParsedUnit(position, kind, new UnitNumber(numberBase, numberInserted), label,
                heading, text, notesList(), eId, depth, parentPosition, 0));
    }

    public List<String> notesList() {
        return notes == null || notes.isEmpty() ? List.of() : Arrays.asList(notes.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public long getVersionId() {
        return versionId;
    }

    public int getPosition() {
        return position;
    }

    public String getKey() {
        return key;
    }

    public String getEId() {
        return eId;
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getHeading() {
        return heading;
    }

    public String getText() {
        return text;
    }
}
