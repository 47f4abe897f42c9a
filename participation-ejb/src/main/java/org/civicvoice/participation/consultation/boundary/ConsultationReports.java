package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.consultation.control.ConsultationTexts;
import org.civicvoice.participation.consultation.control.ReportTally;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ConsultationState;
import org.civicvoice.participation.consultation.entity.ConsultationVersion;
import org.civicvoice.participation.consultation.entity.Disposition;
import org.civicvoice.participation.consultation.entity.ReportComment;
import org.civicvoice.participation.consultation.entity.ReportFigures;
import org.civicvoice.participation.consultation.entity.ReportNotPublished;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.WrongConsultationState;
import org.civicvoice.participation.lawtext.control.AkomaNtosoWriter;
import org.civicvoice.participation.lawtext.entity.AknDocument;
import org.civicvoice.participation.lawtext.entity.KeyedUnit;
import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.shared.ReaderLanguage;
import org.civicvoice.participation.shared.Roles;
import org.civicvoice.participation.shared.Translations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The published results of a consultation: its report (every visible top-level comment with its disposition and
 * reason, and the figures counted from them), public once the body published it, and each published version of
 * its text as an Akoma Ntoso bill for drafting tools.
 */
@Stateless
@PermitAll
public class ConsultationReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Consultations consultations;

    @Inject
    ConsultationDrafting drafting;

    @Inject
    ReaderLanguage reader;

    @Inject
    ConsultationTexts texts;

    @Inject
    @ConfigProperty(name = "participation.country-code", defaultValue = "xx")
    String country;

    /** The report's comments, oldest first; refused until the report is published. */
    public List<ReportComment> comments(ConsultationNumber number) {
        return rows(published(number));
    }

    /** The report's figures; refused until the report is published. */
    public ReportFigures figures(ConsultationNumber number) {
        return ReportTally.figures(rows(published(number)));
    }

    /**
     * The figures the report will show, counted from the dispositions given so far: for the body's officials once
     * the consultation has closed, so they see what they publish before they publish it.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public ReportFigures preview(ConsultationNumber number) {
        Consultation consultation = drafting.find(number);
        if (consultation.getState() != ConsultationState.CLOSED
                && consultation.getState() != ConsultationState.REPORT_PUBLISHED) {
            throw new WrongConsultationState(consultation.getState().name());
        }
        return ReportTally.figures(rows(consultation));
    }

    /** A published version as an Akoma Ntoso 3.0 bill (UTF-8 bytes). */
    public byte[] akomaNtoso(ConsultationNumber number, int versionNumber) {
        Consultation consultation = consultations.find(number);
        ConsultationVersion version = texts.version(consultation.getId(), versionNumber)
                .filter(v -> v.getPublishedAt() != null)
                .orElseThrow(() -> new UnknownConsultation(number + "/" + versionNumber));
        Instant date = version.getPublishedAt();
        boolean khmer = version.getStyle() == LawStyle.KHMER;
        String language = khmer ? "km" : Translations.DEFAULT;
        return AkomaNtosoWriter.toBytes(new AknDocument("/akn/" + country + "/bill/consultation-" + consultation.getId(),
                country, consultation.title(language), consultation.getBody().getSlug(),
                consultation.getBody().name(language), khmer ? "khm" : "und", LocalDate.ofInstant(date, ZoneOffset.UTC),
                version.getNumber(), version.getPreamble(),
                texts.units(version.getId()).stream().map(KeyedUnit::unit).toList()));
    }

    private Consultation published(ConsultationNumber number) {
        Consultation consultation = consultations.find(number);
        if (consultation.getState() != ConsultationState.REPORT_PUBLISHED) {
            throw new ReportNotPublished(number.toString());
        }
        return consultation;
    }

    /**
     * The visible top-level comments with units in the newest version (or the one written on), their authors'
     * regions named in the reader's language, in one query.
     */
    private List<ReportComment> rows(Consultation consultation) {
        long newest = texts.version(consultation.getId(), consultation.getTextVersion())
                .map(ConsultationVersion::getId).orElse(0L);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.id, c.created_at, c.unit_key, COALESCE(u.label, w.label), COALESCE(u.eid, w.eid),
                               u.position, a.id, a.display_name, c.on_behalf_of, c.text, r.code, COALESCE(NULLIF(rt.name, ''), r.name),
                               d.disposition, d.reason, d.changed_unit_key, cu.label, cu.eid
                        FROM con_comment c
                        JOIN idn_account a ON a.id = c.author_id
                        LEFT JOIN org_region r ON r.id = a.region_id
                        LEFT JOIN org_region_text rt ON rt.region_id = r.id AND rt.language = ?
                        LEFT JOIN con_unit u ON u.version_id = ? AND u.unit_key = c.unit_key
                        LEFT JOIN con_version wv ON wv.consultation_id = c.consultation_id
                             AND wv.number = c.version_number
                        LEFT JOIN con_unit w ON w.version_id = wv.id AND w.unit_key = c.unit_key
                        LEFT JOIN con_disposition d ON d.comment_id = c.id
                        LEFT JOIN con_unit cu ON cu.version_id = ? AND cu.unit_key = d.changed_unit_key
                        WHERE c.consultation_id = ? AND c.parent_id IS NULL AND c.hidden_at IS NULL
                        AND c.held_at IS NULL
                        ORDER BY c.created_at, c.id""")
                .setParameter(1, reader.tag())
                .setParameter(2, newest)
                .setParameter(3, newest)
                .setParameter(4, consultation.getId())
                .getResultList();
        return rows.stream().map(r -> new ReportComment(((Number) r[0]).longValue(), Consultations.instant(r[1]),
                (String) r[2], (String) r[3], (String) r[4],
                r[2] == null ? -1 : r[5] == null ? ReportComment.NO_POSITION : ((Number) r[5]).intValue(),
                ((Number) r[6]).longValue(), (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], r[12] == null ? null : Disposition.valueOf((String) r[12]), (String) r[13],
                (String) r[14], (String) r[15], (String) r[16])).toList();
    }
}
