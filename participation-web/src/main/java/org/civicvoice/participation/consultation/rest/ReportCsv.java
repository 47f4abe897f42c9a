package org.civicvoice.participation.consultation.rest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicvoice.participation.consultation.entity.ReportComment;
import org.civicvoice.participation.petition.rest.CsvCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * A consultation's report as CSV: every visible top-level comment with its unit, author, text, disposition,
 * reason and the unit it changed. Citizens' texts are guarded against formula injection as in the other exports.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final String[] HEADER = {"comment", "createdAt", "unit", "unitLabel", "unitEId", "author", "onBehalfOf",
            "text", "disposition", "reason", "changedUnitLabel", "changedUnitEId"};

    private ReportCsv() {
    }

    static String of(List<ReportComment> comments) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
            for (ReportComment c : comments) {
                csv.printRecord(cells(c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<Object> cells(ReportComment c) {
        return Arrays.asList(c.id(), c.createdAt(), c.unitKey(), CsvCells.text(c.unitLabel()), c.unitEId(),
                CsvCells.text(c.author()), CsvCells.text(c.onBehalfOf()), CsvCells.text(c.text()),
                c.disposition() == null ? null : c.disposition().name(), CsvCells.text(c.reason()),
                CsvCells.text(c.changedUnitLabel()), c.changedUnitEId());
    }
}
