package org.civicvoice.participation.consultation.rest;

import org.civicvoice.participation.consultation.control.ReportTally;
import org.civicvoice.participation.consultation.entity.Disposition;
import org.civicvoice.participation.consultation.entity.ReportComment;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReportPdfTest {

    private static final List<ReportComment> COMMENTS = List.of(
            new ReportComment(1, Instant.parse("2026-06-03T09:00:00Z"), "k1", "(2)", "chp_2__sec_3__subsec_2", 3, 10,
                    "Kosal Meas", null, "ការបោះពុម្ពផ្សាយក្នុងរយៈពេលមួយសប្តាហ៍", "DR-N-CAP", "Capital City",
                    Disposition.ACCEPTED, "Seven days now.", "k1", "(2)", "chp_2__sec_3__subsec_2"),
            new ReportComment(2, Instant.parse("2026-06-10T16:20:00Z"), null, null, null, -1, 11, "Piret Tamm",
                    "Consumers' Association", "=HYPERLINK(\"x\") Say how consumers are warned.", null, null,
                    Disposition.NOT_ACCEPTED, "Out of scope of § 4.", null, null, null));

    @Test
    void theReportIsAPdfInEitherLanguageWithTheKhmerFontEmbedded() throws Exception {
        assumeTrue(Files.isReadable(ReportPdf.KHMER_FONT), "the Khmer OS font is installed");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("km"))) {
            byte[] pdf = ReportPdf.of(new ReportPdf.Heading("Draft Drinking Water Act", "Ministry of Health",
                            Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-15T00:00:00Z"),
                            Instant.parse("2026-09-01T09:00:00Z")), ReportTally.figures(COMMENTS), COMMENTS, locale);
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            assertTrue(raw.startsWith("%PDF-"), "a PDF");
            assertTrue(raw.contains("KhmerOS"), "the Khmer font is embedded");
            assertTrue(raw.contains("/FontFile2"), "as a TrueType font program");
            assertTrue(pdf.length > 10_000, "with its glyphs: " + pdf.length);
            // kept for a look: pdftoppm -png target/consultation-report-km.pdf (Khmer shaping is checked by eye)
            Files.write(Path.of("target", "consultation-report-" + locale.getLanguage() + ".pdf"), pdf);
        }
    }
}
