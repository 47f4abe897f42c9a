package org.civicvoice.participation.consultation.rest;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ReportComment;
import org.civicvoice.participation.consultation.entity.ReportFigures;
import org.civicvoice.participation.platform.web.Texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A consultation's report as PDF in the reader's language: the consultation, the figures as tables and every
 * comment with its unit, disposition and reason. Khmer needs OpenType shaping: the layout processor is switched on
 * once, before the first font is made, and the Khmer OS font (which also has the Latin letters) is embedded;
 * paragraphs are aligned left, never justified, as justified text comes out unshaped. Without the font (not
 * installed), the PDF falls back to Helvetica and Khmer letters are missing.
 */
final class ReportPdf {

    static final String MEDIA_TYPE = "application/pdf";
    static final Path KHMER_FONT = Path.of("/usr/share/fonts/truetype/khmeros/KhmerOS.ttf");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private ReportPdf() {
    }

    /** The one font of the reports, made once after the layout processor is on. */
    private static final class Fonts {

        static final BaseFont BASE = create();

        private static BaseFont create() {
            try {
                LayoutProcessor.enable();
                LayoutProcessor.setWriteActualText();
                if (Files.isReadable(KHMER_FONT)) {
                    return BaseFont.createFont(KHMER_FONT.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                }
                return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (IOException | DocumentException e) {
                throw new IllegalStateException("no font for the consultation report", e);
            }
        }
    }

    /** What the report's first lines say about the consultation. */
    record Heading(String title, String bodyName, Instant opensAt, Instant closesAt, Instant publishedAt) {

        static Heading of(Consultation c) {
            return new Heading(c.getTitle(), c.getBody().getName(), c.getOpensAt(), c.getClosesAt(),
                    c.getReportPublishedAt());
        }
    }

    static byte[] of(Heading consultation, ReportFigures figures, List<ReportComment> comments, Locale locale) {
        Function<String, String> t = key -> Texts.text(locale, key, List.of());
        Font title = new Font(Fonts.BASE, 16, Font.BOLD);
        Font heading = new Font(Fonts.BASE, 12, Font.BOLD);
        Font body = new Font(Fonts.BASE, 10);
        Font small = new Font(Fonts.BASE, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(consultation.title());
            document.open();
            document.add(paragraph(consultation.title(), title, 8));
            document.add(paragraph(consultation.bodyName() + " · " + DATE.format(consultation.opensAt())
                    + " – " + DATE.format(consultation.closesAt()), body, 4));
            document.add(paragraph(t.apply("consultation.report.title") + " · "
                    + t.apply("consultation.report.publishedAt") + ": "
                    + (consultation.publishedAt() == null ? "" : DATE.format(consultation.publishedAt())),
                    body, 12));

            PdfPTable totals = table(2);
            row(totals, body, t.apply("consultation.report.comments"), Long.toString(figures.comments()));
            row(totals, body, t.apply("consultation.report.participants"), Long.toString(figures.participants()));
            row(totals, body, t.apply("consultation.report.citizens"), Long.toString(figures.citizens()));
            row(totals, body, t.apply("consultation.report.organisations"), Long.toString(figures.organisations()));
            document.add(totals);

            figure(document, heading, body, t.apply("consultation.report.perDisposition"), figures.perDisposition(),
                    c -> t.apply("consultation.disposition." + c.key()));
            figure(document, heading, body, t.apply("consultation.report.perUnit"), figures.perUnit(),
                    c -> c.key().isEmpty() ? t.apply("consultation.view.onDraft") : c.label());
            figure(document, heading, body, t.apply("consultation.report.byRegion"), figures.byRegion(),
                    c -> c.key().isEmpty() ? t.apply("consultation.report.noRegion") : c.label());
            figure(document, heading, body, t.apply("consultation.report.perDay"), figures.perDay(),
                    ReportFigures.Count::key);

            document.add(paragraph(t.apply("consultation.view.commentsTitle"), heading, 6));
            for (ReportComment c : comments) {
                String on = c.unitKey() == null ? t.apply("consultation.view.onDraft")
                        : Texts.text(locale, "consultation.view.onUnit", List.of(nonNull(c.unitLabel())));
                String who = nonNull(c.author()) + (c.forOrganisation()
                        ? " (" + Texts.text(locale, "consultation.view.onBehalfOf", List.of(c.onBehalfOf())) + ")" : "");
                document.add(paragraph("#" + c.id() + " · " + on + " · " + who + " · " + DATE.format(c.createdAt()),
                        small, 2));
                document.add(paragraph(nonNull(c.text()), body, 2));
                if (c.disposition() != null) {
                    StringBuilder decided = new StringBuilder(t.apply("consultation.view.disposition")).append(": ")
                            .append(t.apply("consultation.disposition." + c.disposition().name()));
                    if (c.reason() != null) {
                        decided.append(" — ").append(c.reason());
                    }
                    if (c.changedUnitLabel() != null) {
                        decided.append(" · ").append(Texts.text(locale, "consultation.view.changedUnit",
                                List.of(c.changedUnitLabel())));
                    }
                    document.add(paragraph(decided.toString(), new Font(Fonts.BASE, 10, Font.ITALIC), 10));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("the report could not be written", e));
        }
        return out.toByteArray();
    }

    private static void figure(Document document, Font heading, Font body, String caption,
                               List<ReportFigures.Count> counts, Function<ReportFigures.Count, String> label)
            throws DocumentException {
        document.add(paragraph(caption, heading, 4));
        PdfPTable table = table(2);
        for (ReportFigures.Count count : counts) {
            row(table, body, label.apply(count), Long.toString(count.count()));
        }
        document.add(table);
    }

    private static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingAfter(10);
        try {
            table.setWidths(new float[]{4, 1});
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return table;
    }

    private static void row(PdfPTable table, Font font, String label, String value) {
        table.addCell(cell(label, font, Element.ALIGN_LEFT));
        table.addCell(cell(value, font, Element.ALIGN_RIGHT));
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(nonNull(text), font));
        cell.setLeading(0f, 1.8f);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(4);
        return cell;
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(nonNull(text), font);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setLeading(0f, 1.6f);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
