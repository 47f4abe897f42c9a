package org.civicvoice.participation.consultation.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises the short list of document kinds a consultation may carry by their content (magic bytes and, for the
 * zip-based office formats, the container's entries), never by the name alone. A file whose content does not match
 * the kind its name claims is refused. A short list checked by hand instead of a content-detection library: the
 * list is small and fixed, a large dependency would bring far more than it needs.
 */
public final class DocumentKinds {

    /** A recognised kind with its extensions and the Content-Type it is served with. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        ODT("application/vnd.oasis.opendocument.text", "odt"),
        ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        CSV("text/csv; charset=UTF-8", "csv"),
        TXT("text/plain; charset=UTF-8", "txt");

        private final String contentType;
        private final String[] extensions;

        Kind(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = extensions;
        }

        public String contentType() {
            return contentType;
        }

        boolean named(String extension) {
            for (String e : extensions) {
                if (e.equals(extension)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final int MAX_ZIP_ENTRIES = 10_000;

    private DocumentKinds() {
    }

    /** The kind the file name claims by its extension, if it is one of the accepted ones. */
    public static Optional<Kind> claimed(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Kind kind : Kind.values()) {
            if (kind.named(extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of the file when its name claims an accepted kind and its content is that kind; empty otherwise
     * (unknown extension, or content that is not what the name says).
     */
    public static Optional<Kind> detect(String fileName, byte[] content) {
        return claimed(fileName).filter(kind -> content != null && matches(kind, content));
    }

    static boolean matches(Kind kind, byte[] content) {
        return switch (kind) {
            case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case PNG -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            case JPEG -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case DOCX -> isZip(content) && zipHas(content, "word/", null);
            case XLSX -> isZip(content) && zipHas(content, "xl/", null);
            case ODT -> isZip(content) && zipHas(content, null, "application/vnd.oasis.opendocument.text");
            case ODS -> isZip(content) && zipHas(content, null, "application/vnd.oasis.opendocument.spreadsheet");
            case CSV, TXT -> isPlainText(content);
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZip(byte[] content) {
        return startsWith(content, new byte[] {'P', 'K', 3, 4});
    }

    /** Whether the zip holds an entry under {@code folder}, or a {@code mimetype} entry with exactly {@code mimetype}. */
    private static boolean zipHas(byte[] content, String folder, String mimetype) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (folder != null && name.startsWith(folder)) {
                    return true;
                }
                if (mimetype != null && name.equals("mimetype")) {
                    byte[] value = zip.readNBytes(200);
                    return new String(value, StandardCharsets.US_ASCII).trim().equals(mimetype);
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** UTF-8 text without NUL bytes that does not look like HTML or script markup. */
    private static boolean isPlainText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\ufeff")) {
            head = head.substring(1).stripLeading();
        }
        return !(head.startsWith("<!doctype") || head.startsWith("<html") || head.startsWith("<script")
                || head.startsWith("<?xml") || head.startsWith("<svg"));
    }
}
