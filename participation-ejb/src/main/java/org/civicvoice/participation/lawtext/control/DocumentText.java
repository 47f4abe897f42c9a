package org.civicvoice.participation.lawtext.control;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.civicvoice.participation.lawtext.entity.UnreadableDocument;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text of a draft as a file: plain text or Markdown (UTF-8), a Word document ({@code .docx}, read with Apache
 * POI) or an OpenDocument text ({@code .odt}: its {@code content.xml} read with the JDK's StAX reader). The kind
 * is told by the content, never by a file name: a ZIP with {@code word/document.xml} is Word, one whose
 * {@code mimetype} names an OpenDocument text is ODF, bytes that are valid UTF-8 without control characters are
 * text; anything else is refused. Each paragraph becomes one line, so the parser sees the numbering as written;
 * in Word, the numbers it generates for list paragraphs are written in front of them ({@link WordListNumbers}).
 */
public final class DocumentText {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final String ODF_TEXT = "application/vnd.oasis.opendocument.text";
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private DocumentText() {
    }

    public static String read(byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new UnreadableDocument("lawtext.document.size", MAX_BYTES / (1024 * 1024));
        }
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return zipped(content);
        }
        String text = utf8(content);
        if (text == null || text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new UnreadableDocument("lawtext.document.kind");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String zipped(byte[] content) {
        boolean word = false;
        String mimetype = null;
        byte[] odfContent = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                switch (entry.getName()) {
                    case "word/document.xml" -> word = true;
                    case "mimetype" -> mimetype = new String(limited(zip), StandardCharsets.US_ASCII).strip();
                    case "content.xml" -> odfContent = limited(zip);
                    default -> {
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocument("lawtext.document.kind");
        }
        if (word) {
            return word(content);
        }
        if (ODF_TEXT.equals(mimetype) && odfContent != null) {
            return odf(odfContent);
        }
        throw new UnreadableDocument("lawtext.document.kind");
    }

    private static String word(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            WordListNumbers numbers = new WordListNumbers(document);
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(numbers.label(paragraph)).append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getParagraphs()
                            .forEach(p -> text.append(numbers.label(p)).append(p.getText()).append('\n'))));
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument("lawtext.document.kind");
        }
    }

    /** The paragraphs and headings of an OpenDocument text, each on its line, spaces and tabs as written. */
    private static String odf(byte[] content) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content), "UTF-8");
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && TEXT_NS.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "p", "h" -> depth++;
                        case "tab" -> text.append('\t');
                        case "s" -> text.append(' ');
                        case "line-break" -> text.append('\n');
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && TEXT_NS.equals(xml.getNamespaceURI())
                        && ("p".equals(xml.getLocalName()) || "h".equals(xml.getLocalName()))) {
                    depth--;
                    if (depth == 0) {
                        text.append('\n');
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && depth > 0) {
                    text.append(xml.getText());
                }
            }
            return text.toString();
        } catch (XMLStreamException e) {
            throw new UnreadableDocument("lawtext.document.kind");
        }
    }

    private static byte[] limited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES * 4 + 1);
        if (bytes.length > MAX_BYTES * 4) {
            throw new UnreadableDocument("lawtext.document.size", MAX_BYTES / (1024 * 1024));
        }
        return bytes;
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
