package org.civicvoice.participation.lawtext.control;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.civicvoice.participation.lawtext.entity.UnreadableDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTextTest {

    private static final List<String> LINES = List.of("Chapter 1", "General provisions", "§ 1. Scope",
            "(1) This Act regulates how drafts are published.", "(2) It applies to ministries.");

    @Test
    void aWordDocumentIsReadParagraphByParagraphAndParsesLikeItsText() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : LINES) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            docx = out.toByteArray();
        }
        String text = DocumentText.read(docx);
        assertEquals(String.join("\n", LINES) + "\n", text);
        ParsedDraft parsed = new DraftParser().parse(text, LawStyle.ESTONIAN);
        assertTrue(parsed.issues().isEmpty(), parsed.issues().toString());
        assertEquals(4, parsed.units().size());
    }

    @Test
    void numbersWordGeneratesForSubsectionsAndClausesAreReadAsIfTyped() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.ZERO);
            level(definition, 0, STNumberFormat.DECIMAL, "(%1)", 1);
            level(definition, 1, STNumberFormat.DECIMAL, "%2)", 1);
            level(definition, 2, STNumberFormat.LOWER_LETTER, "%3)", 1);
            XWPFNumbering numbering = document.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
            BigInteger list = numbering.addNum(abstractId);
            BigInteger restarted = numbering.addNum(abstractId);
            CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.valueOf(3));
            paragraph(document, "§ 2. Definitions", null, 0);
            paragraph(document, "In this Act:", list, 0);
            paragraph(document, "draft means a draft legislative act;", list, 1);
            paragraph(document, "body means a public authority, namely:", list, 1);
            paragraph(document, "a ministry;", list, 2);
            paragraph(document, "a board.", list, 2);
            paragraph(document, "The definitions also apply to regulations.", list, 0);
            paragraph(document, "regulation means a regulation of the government.", list, 1);
            paragraph(document, "It applies from 2027.", restarted, 0);
            document.write(out);
            docx = out.toByteArray();
        }
        assertEquals("""
                § 2. Definitions
                (1) In this Act:
                1) draft means a draft legislative act;
                2) body means a public authority, namely:
                a) a ministry;
                b) a board.
                (2) The definitions also apply to regulations.
                1) regulation means a regulation of the government.
                (3) It applies from 2027.
                """, DocumentText.read(docx), "a level restarts when a higher one advances; a start override holds");
        assertEquals("xxvii", WordListNumbers.written("lowerRoman", 27));
        assertEquals("aa", WordListNumbers.written("lowerLetter", 27));
    }

    private static void level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text,
                              int start) {
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        lvl.addNewStart().setVal(BigInteger.valueOf(start));
    }

    private static void paragraph(XWPFDocument document, String text, BigInteger list, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        if (list != null) {
            paragraph.setNumID(list);
            paragraph.setNumILvl(BigInteger.valueOf(level));
        }
        paragraph.createRun().setText(text);
    }

    @Test
    void anOpenDocumentTextIsReadFromItsContentWithSpacesAndTabsAsWritten() throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
                <text:h text:outline-level="1">Chapter 1</text:h><text:p>General provisions</text:p>
                <text:p>§ 1. Scope</text:p><text:p>(1)<text:s/>This Act regulates how drafts are published.</text:p>
                <text:list><text:list-item><text:p>(2) It applies to ministries.</text:p></text:list-item></text:list>
                </office:text></office:body></office:document-content>""";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(String.join("\n", LINES) + "\n", DocumentText.read(out.toByteArray()));
    }

    @Test
    void plainTextAndMarkdownAreTakenAsTheyAreWithoutTheByteOrderMark() {
        assertEquals("§ 1. Scope\n", DocumentText.read("\uFEFF§ 1. Scope\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileThatIsNoneOfThemIsRefusedWhateverItsNameSays() throws IOException {
        assertEquals("lawtext.document.kind", assertThrows(UnreadableDocument.class,
                () -> DocumentText.read("%PDF-1.4\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1)))
                .messageKey());
        assertThrows(UnreadableDocument.class, () -> DocumentText.read(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a document".getBytes(StandardCharsets.UTF_8));
        }
        assertThrows(UnreadableDocument.class, () -> DocumentText.read(out.toByteArray()));
        assertEquals("lawtext.document.size",
                assertThrows(UnreadableDocument.class, () -> DocumentText.read(new byte[0])).messageKey());
    }
}
