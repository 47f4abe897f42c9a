package org.civicvoice.participation.consultation.control;

import org.civicvoice.participation.consultation.control.DocumentKinds.Kind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentKindsTest {

    @Test
    void recognisesEachKindByContent() throws IOException {
        assertEquals(Optional.of(Kind.PDF), DocumentKinds.detect("Draft.PDF", ascii("%PDF-1.7\n...")));
        assertEquals(Optional.of(Kind.PNG), DocumentKinds.detect("map.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals(Optional.of(Kind.JPEG), DocumentKinds.detect("photo.jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(Kind.DOCX), DocumentKinds.detect("law.docx", zip("word/document.xml", "<w/>")));
        assertEquals(Optional.of(Kind.XLSX), DocumentKinds.detect("budget.xlsx", zip("xl/workbook.xml", "<x/>")));
        assertEquals(Optional.of(Kind.ODT), DocumentKinds.detect("law.odt",
                zip("mimetype", "application/vnd.oasis.opendocument.text")));
        assertEquals(Optional.of(Kind.ODS), DocumentKinds.detect("budget.ods",
                zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")));
        assertEquals(Optional.of(Kind.CSV), DocumentKinds.detect("figures.csv",
                "ខេត្ត,ចំនួន\nកំពត,3\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(Kind.TXT), DocumentKinds.detect("note.txt", ascii("plain words")));
    }

    @Test
    void refusesContentThatIsNotWhatTheNameSays() throws IOException {
        assertEquals(Optional.empty(), DocumentKinds.detect("fake.pdf", ascii("<!DOCTYPE html><script>x</script>")));
        assertEquals(Optional.empty(), DocumentKinds.detect("fake.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0}));
        assertEquals(Optional.empty(), DocumentKinds.detect("fake.txt", ascii("  <html><body>x</body></html>")));
        assertEquals(Optional.empty(), DocumentKinds.detect("fake.csv", new byte[] {'a', 0, 'b'}));
        assertEquals(Optional.empty(), DocumentKinds.detect("bad.txt", new byte[] {(byte) 0xC3, (byte) 0x28}));
        assertEquals(Optional.empty(), DocumentKinds.detect("sheet.docx", zip("xl/workbook.xml", "<x/>")));
        assertEquals(Optional.empty(), DocumentKinds.detect("text.ods",
                zip("mimetype", "application/vnd.oasis.opendocument.text")));
        assertEquals(Optional.empty(), DocumentKinds.detect("broken.docx", ascii("PK\u0003\u0004garbage")));
        assertEquals(Optional.empty(), DocumentKinds.detect("page.html", ascii("<p>x</p>")));
        assertEquals(Optional.empty(), DocumentKinds.detect("noextension", ascii("%PDF-1.7")));
        assertEquals(Optional.empty(), DocumentKinds.detect("empty.pdf", new byte[0]));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
