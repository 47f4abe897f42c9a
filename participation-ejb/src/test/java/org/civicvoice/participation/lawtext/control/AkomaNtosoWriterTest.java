package org.civicvoice.participation.lawtext.control;

import org.civicvoice.participation.lawtext.entity.AknDocument;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AkomaNtosoWriterTest {

    private static final String NS = AkomaNtosoWriter.NAMESPACE;

    @Test
    void anEstonianDraftBecomesABillWithItsHierarchyEIdsNumbersHeadingsAndNotes() throws Exception {
        ParsedDraft draft = new DraftParser().parse(Samples.read("estonian-v1.txt"));
        Document xml = parse(AkomaNtosoWriter.toBytes(document(draft, "Public <Consultation> & Act")));

        Element root = xml.getDocumentElement();
        assertEquals("akomaNtoso", root.getLocalName());
        assertEquals(NS, root.getNamespaceURI());
        Element bill = (Element) root.getElementsByTagNameNS(NS, "bill").item(0);
        assertEquals("meta", firstChild(bill).getLocalName());
        assertEquals("/akn/xx/bill/consultation-7/!main",
                ((Element) xml.getElementsByTagNameNS(NS, "FRBRthis").item(0)).getAttribute("value"));
        assertEquals("Public <Consultation> & Act", xml.getElementsByTagNameNS(NS, "docTitle").item(0).getTextContent());

        List<String> eIds = new ArrayList<>();
        Element body = (Element) bill.getElementsByTagNameNS(NS, "body").item(0);
        NodeList all = body.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("eId") && !e.getLocalName().equals("authorialNote")) {
                eIds.add(e.getAttribute("eId"));
            }
        }
        assertEquals(draft.units().stream().map(u -> u.eId()).toList(), eIds);

        Element chapter = byEId(xml, "chp_1");
        assertEquals("chapter", chapter.getLocalName());
        assertEquals("1. peatükk", firstChild(chapter).getTextContent());
        Element section = byEId(xml, "chp_1__sec_2");
        assertEquals("section", section.getLocalName());
        assertEquals(chapter, section.getParentNode(), "a section sits in its chapter");
        assertEquals("intro", ((Element) section.getElementsByTagNameNS(NS, "heading").item(0).getNextSibling())
                .getLocalName(), "text before its clauses is the intro");
        Element inserted = byEId(xml, "chp_1__sec_2__para_2-1");
        assertEquals("paragraph", inserted.getLocalName());
        assertEquals("2¹)", firstChild(inserted).getTextContent());
        Element content = (Element) inserted.getElementsByTagNameNS(NS, "content").item(0);
        Element note = (Element) content.getElementsByTagNameNS(NS, "authorialNote").item(0);
        assertTrue(note.getTextContent().startsWith("RT I"), note.getTextContent());
        assertEquals("subsection", byEId(xml, "chp_1__sec_1__subsec_1").getLocalName());
    }

    @Test
    void markupAndControlCharactersInTheTextStayText() throws Exception {
        ParsedDraft draft = new DraftParser().parse("""
                § 1. Scope <b>bold</b>
                (1) Text with <script>alert("x")</script> & a bell \u0007.
                """);
        byte[] bytes = AkomaNtosoWriter.toBytes(document(draft, "T"));
        Document xml = parse(bytes);
        Element subsection = byEId(xml, "sec_1__subsec_1");
        assertEquals("Text with <script>alert(\"x\")</script> & a bell .",
                subsection.getElementsByTagNameNS(NS, "p").item(0).getTextContent());
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("&lt;script&gt;"));
    }

    private static AknDocument document(ParsedDraft draft, String title) {
        return new AknDocument("/akn/xx/bill/consultation-7", "xx", title, "ministry-of-justice",
                "Ministry of Justice", "und", LocalDate.of(2026, 3, 1), 1, draft.preamble(), draft.units());
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static Element byEId(Document xml, String eId) {
        NodeList all = xml.getElementsByTagNameNS(NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (eId.equals(e.getAttribute("eId"))) {
                return e;
            }
        }
        throw new AssertionError("no " + eId);
    }

    private static Element firstChild(Element parent) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("no child");
    }
}
