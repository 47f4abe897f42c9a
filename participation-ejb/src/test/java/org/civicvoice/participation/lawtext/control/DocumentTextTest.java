package org.civicvoice.participation.lawtext.control;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.civicvoice.participation.lawtext.entity.UnreadableDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
