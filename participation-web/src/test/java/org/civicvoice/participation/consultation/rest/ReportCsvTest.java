package org.civicvoice.participation.consultation.rest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicvoice.participation.consultation.entity.Disposition;
import org.civicvoice.participation.consultation.entity.ReportComment;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportCsvTest {

    @Test
    void everyCommentIsARowWithItsUnitDispositionAndReasonAndFormulasStayText() throws Exception {
        String csv = ReportCsv.of(List.of(
                new ReportComment(7, Instant.parse("2026-06-03T09:00:00Z"), "k1", "2¹)", "chp_1__sec_2__para_2-1", 4,
                        10, "Kosal Meas", null, "Line one,\n\"quoted\" line two", "DR-N-CAP", "Capital",
                        Disposition.ACCEPTED, "Now named.", "k1", "2¹)", "chp_1__sec_2__para_2-1"),
                new ReportComment(8, Instant.parse("2026-06-04T09:00:00Z"), null, null, null, -1, 11, "Piret Tamm",
                        "Union", "=HYPERLINK(\"http://x\")", null, null, Disposition.NOT_ACCEPTED, "-No.", null, null,
                        null)));

        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv))) {
            assertEquals(List.of(ReportCsv.HEADER), parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(2, rows.size());
        assertEquals("7", rows.get(0).get("comment"));
        assertEquals("2¹)", rows.get(0).get("unitLabel"));
        assertEquals("Line one,\n\"quoted\" line two", rows.get(0).get("text"));
        assertEquals("ACCEPTED", rows.get(0).get("disposition"));
        assertEquals("chp_1__sec_2__para_2-1", rows.get(0).get("changedUnitEId"));
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(1).get("text"));
        assertEquals("'-No.", rows.get(1).get("reason"));
        assertEquals("Union", rows.get(1).get("onBehalfOf"));
    }
}
