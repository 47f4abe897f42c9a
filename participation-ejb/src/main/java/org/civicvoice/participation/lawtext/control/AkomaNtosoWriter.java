package org.civicvoice.participation.lawtext.control;

import org.civicvoice.participation.lawtext.entity.AknDocument;
import org.civicvoice.participation.lawtext.entity.ParsedUnit;
import org.civicvoice.participation.lawtext.entity.UnitKind;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a version of a draft as an Akoma Ntoso 3.0 bill: {@code <akomaNtoso><bill><meta>} with the FRBR
 * identification of work and expression (by the body) and manifestation (by the platform), the title in the preface, the text before the first unit
 * as the preamble, and the units as the body's hierarchy (part, title, chapter, section, division, article,
 * subsection, paragraph, point), each with its eId, {@code <num>}, {@code <heading>} and its text as
 * {@code <content><p>} (or {@code <intro>} before the units it holds); amendment notes become authorial notes.
 * The JDK's stream writer escapes the text; characters XML cannot carry are dropped.
 */
public final class AkomaNtosoWriter {

    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    public static final String SOURCE = "civicvoice";

    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private AkomaNtosoWriter() {
    }

    /** The element of the hierarchy a unit kind is written as. */
    public static String element(UnitKind kind) {
        return switch (kind) {
            case PART -> "part";
            case TITLE -> "title";
            case CHAPTER -> "chapter";
            case SECTION -> "section";
            case DIVISION -> "division";
            case ARTICLE -> "article";
            case SUBSECTION -> "subsection";
            case PARAGRAPH -> "paragraph";
            case POINT, SUBPOINT -> "point";
        };
    }

    public static byte[] toBytes(AknDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }

    public static String toXml(AknDocument document) {
        return new String(toBytes(document), StandardCharsets.UTF_8);
    }

    public static void write(AknDocument document, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(NAMESPACE, "akomaNtoso");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "bill");
            xml.writeAttribute("name", "bill");
            meta(xml, document);
            preface(xml, document);
            if (!document.preamble().isBlank()) {
                xml.writeStartElement(NAMESPACE, "preamble");
                paragraphs(xml, document.preamble(), List.of(), null);
                xml.writeEndElement();
            }
            xml.writeStartElement(NAMESPACE, "body");
            Map<Integer, List<ParsedUnit>> children = new HashMap<>();
            List<ParsedUnit> top = new ArrayList<>();
            for (ParsedUnit unit : document.units()) {
                if (unit.parent() < 0) {
                    top.add(unit);
                } else {
                    children.computeIfAbsent(unit.parent(), p -> new ArrayList<>()).add(unit);
                }
            }
            for (ParsedUnit unit : top) {
                unit(xml, unit, children);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the Akoma Ntoso document could not be written", e);
        }
    }

    private static void meta(XMLStreamWriter xml, AknDocument d) throws XMLStreamException {
        String date = d.date().toString();
        String expression = d.workUri() + "/" + d.language() + "@" + date + "!v" + d.version();
        xml.writeStartElement(NAMESPACE, "meta");
        xml.writeStartElement(NAMESPACE, "identification");
        xml.writeAttribute("source", "#" + SOURCE);
        frbr(xml, "FRBRWork", d.workUri() + "/!main", d.workUri(), date, "draft", d.authorId());
        empty(xml, "FRBRcountry", "value", d.country());
        xml.writeStartElement(NAMESPACE, "FRBRnumber");
        xml.writeAttribute("value", Integer.toString(d.version()));
        xml.writeEndElement();
        xml.writeEndElement();
        frbr(xml, "FRBRExpression", expression + "/!main", expression, date, "version", d.authorId());
        empty(xml, "FRBRlanguage", "language", d.language());
        xml.writeEndElement();
        frbr(xml, "FRBRManifestation", expression + "/!main.xml", expression + "/!main.xml", date, "generation",
                SOURCE);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(NAMESPACE, "references");
        xml.writeAttribute("source", "#" + SOURCE);
        organisation(xml, SOURCE, "CivicVoice");
        organisation(xml, d.authorId(), d.authorName());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Opens a FRBR level with its this, uri, date and author; the caller adds what is particular and closes it. */
    private static void frbr(XMLStreamWriter xml, String level, String self, String uri, String date, String dateName,
                             String author) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, level);
        empty(xml, "FRBRthis", "value", self);
        empty(xml, "FRBRuri", "value", uri);
        xml.writeStartElement(NAMESPACE, "FRBRdate");
        xml.writeAttribute("date", date);
        xml.writeAttribute("name", dateName);
        xml.writeEndElement();
        xml.writeStartElement(NAMESPACE, "FRBRauthor");
        xml.writeAttribute("href", "#" + clean(author));
        xml.writeEndElement();
    }

    private static void organisation(XMLStreamWriter xml, String id, String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "TLCOrganization");
        xml.writeAttribute("eId", clean(id));
        xml.writeAttribute("href", "/ontology/organization/" + clean(id));
        xml.writeAttribute("showAs", clean(name));
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String name, String attribute, String value)
            throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeAttribute(attribute, clean(value));
        xml.writeEndElement();
    }

    private static void preface(XMLStreamWriter xml, AknDocument d) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "preface");
        xml.writeStartElement(NAMESPACE, "p");
        xml.writeStartElement(NAMESPACE, "docTitle");
        xml.writeCharacters(clean(d.title()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void unit(XMLStreamWriter xml, ParsedUnit unit, Map<Integer, List<ParsedUnit>> children)
            throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, element(unit.kind()));
        xml.writeAttribute("eId", clean(unit.eId()));
        xml.writeStartElement(NAMESPACE, "num");
        xml.writeCharacters(clean(unit.label()));
        xml.writeEndElement();
        if (!unit.heading().isBlank()) {
            xml.writeStartElement(NAMESPACE, "heading");
            xml.writeCharacters(clean(unit.heading()));
            xml.writeEndElement();
        }
        List<ParsedUnit> held = children.getOrDefault(unit.position(), List.of());
        if (held.isEmpty()) {
            xml.writeStartElement(NAMESPACE, "content");
            paragraphs(xml, unit.text(), unit.notes(), unit.eId());
            xml.writeEndElement();
        } else {
            if (!unit.text().isBlank() || !unit.notes().isEmpty()) {
                xml.writeStartElement(NAMESPACE, "intro");
                paragraphs(xml, unit.text(), unit.notes(), unit.eId());
                xml.writeEndElement();
            }
            for (ParsedUnit child : held) {
                unit(xml, child, children);
            }
        }
        xml.writeEndElement();
    }

    /** The text line by line as paragraphs (at least one), the notes as authorial notes in the last one. */
    private static void paragraphs(XMLStreamWriter xml, String text, List<String> notes, String eId)
            throws XMLStreamException {
        List<String> lines = text.isBlank() ? List.of("") : text.strip().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            xml.writeStartElement(NAMESPACE, "p");
            xml.writeCharacters(clean(lines.get(i).strip()));
            if (i == lines.size() - 1) {
                for (int n = 0; n < notes.size(); n++) {
                    xml.writeStartElement(NAMESPACE, "authorialNote");
                    xml.writeAttribute("marker", Integer.toString(n + 1));
                    xml.writeAttribute("placement", "inline");
                    xml.writeAttribute("eId", clean(eId) + "__authorialNote_" + (n + 1));
                    xml.writeStartElement(NAMESPACE, "p");
                    xml.writeCharacters(clean(notes.get(n)));
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        }
    }

    private static String clean(String value) {
        return value == null ? "" : NOT_XML.matcher(value).replaceAll("");
    }
}
