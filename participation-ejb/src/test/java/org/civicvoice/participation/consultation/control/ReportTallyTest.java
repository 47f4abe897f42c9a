package org.civicvoice.participation.consultation.control;

import org.civicvoice.participation.consultation.entity.Disposition;
import org.civicvoice.participation.consultation.entity.ReportComment;
import org.civicvoice.participation.consultation.entity.ReportFigures;
import org.civicvoice.participation.consultation.entity.ReportFigures.Count;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportTallyTest {

    @Test
    void figuresCountCommentsPerUnitAndDispositionAndPeopleByRegionKindAndDay() {
        List<ReportComment> comments = List.of(
                comment(1, "2026-03-01T10:00:00Z", "u2", "§ 2", 5, 100, null, "N", Disposition.ACCEPTED),
                comment(2, "2026-03-01T23:59:00Z", null, null, 0, 100, null, "N", Disposition.OUT_OF_SCOPE),
                comment(3, "2026-03-03T08:00:00Z", "u1", "§ 1", 2, 200, "Union", "S", Disposition.NOT_ACCEPTED),
                comment(4, "2026-03-03T09:00:00Z", "u2", "§ 2", 5, 300, null, null, null));

        ReportFigures figures = ReportTally.figures(comments);

        assertEquals(4, figures.comments());
        assertEquals(3, figures.participants());
        assertEquals(2, figures.citizens());
        assertEquals(1, figures.organisations());
        assertEquals(1, figures.undecided());
        assertEquals(List.of(new Count("", "", 1), new Count("u1", "§ 1", 1), new Count("u2", "§ 2", 2)),
                figures.perUnit());
        assertEquals(List.of(new Count("ACCEPTED", null, 1), new Count("PARTLY_ACCEPTED", null, 0),
                new Count("NOT_ACCEPTED", null, 1), new Count("OUT_OF_SCOPE", null, 1)), figures.perDisposition());
        assertEquals(List.of(new Count("", "", 1), new Count("N", "Region N", 1), new Count("S", "Region S", 1)),
                figures.byRegion());
        assertEquals(List.of(new Count("2026-03-01", null, 2), new Count("2026-03-02", null, 0),
                new Count("2026-03-03", null, 2)), figures.perDay());
        assertEquals(2, ReportFigures.max(figures.perUnit()));
    }

    @Test
    void noCommentsGiveEmptyFigures() {
        ReportFigures figures = ReportTally.figures(List.of());
        assertEquals(0, figures.comments());
        assertEquals(List.of(), figures.perUnit());
        assertEquals(4, figures.perDisposition().size());
        assertEquals(List.of(), figures.perDay());
        assertEquals(1, ReportFigures.max(figures.perDay()));
    }

    private static ReportComment comment(long id, String at, String unit, String label, int position, long author,
                                         String organisation, String region, Disposition disposition) {
        return new ReportComment(id, Instant.parse(at), unit, label, unit == null ? null : "e_" + unit,
                unit == null ? -1 : position, author, "Person " + author, organisation, "Text " + id, region,
                region == null ? null : "Region " + region, disposition, null, null, null, null);
    }
}
