package org.civicvoice.participation.lawtext.control;

import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.lawtext.entity.ParseIssue;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.civicvoice.participation.lawtext.entity.ParsedUnit;
import org.civicvoice.participation.lawtext.entity.UnitKind;
import org.civicvoice.participation.lawtext.entity.UnitNumber;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftParserTest {

    private final DraftParser parser = new DraftParser();

    @Test
    void estonianDraftReadsIntoChaptersSectionsSubsectionsAndClauses() {
        ParsedDraft draft = parser.parse(Samples.read("estonian-v1.txt"));

        assertEquals(LawStyle.ESTONIAN, draft.style());
        assertEquals(List.of(), draft.issues());
        assertTrue(draft.isPublishable());
        assertEquals("Public Consultation Act Draft of the Ministry of Justice", draft.preamble());
        assertEquals(List.of("chp_1", "chp_1__sec_1", "chp_1__sec_1__subsec_1", "chp_1__sec_1__subsec_2",
                        "chp_1__sec_2", "chp_1__sec_2__para_1", "chp_1__sec_2__para_2", "chp_1__sec_2__para_2-1",
                        "chp_1__sec_2__para_3", "chp_2", "chp_2__sec_3", "chp_2__sec_3__subsec_1",
                        "chp_2__sec_3__subsec_2", "chp_2__sec_3-1", "chp_2__sec_4"),
                draft.units().stream().map(ParsedUnit::eId).toList());

        ParsedUnit chapter = draft.byEId("chp_1");
        assertEquals(UnitKind.CHAPTER, chapter.kind());
        assertEquals("1. peatükk", chapter.label());
        assertEquals("ÜLDSÄTTED", chapter.heading());

        ParsedUnit section = draft.byEId("chp_1__sec_2");
        assertEquals("§ 2", section.label());
        assertEquals("Definitions", section.heading());
        assertEquals("In this Act:", section.text());

        ParsedUnit subsection = draft.byEId("chp_1__sec_1__subsec_2");
        assertEquals("(2)", subsection.label());
        assertEquals("This Act applies to ministries, the State Chancellery and county governments.",
                subsection.text(), "a line break inside a subsection continues its text");
        assertEquals(draft.units().indexOf(draft.byEId("chp_1__sec_1")), subsection.parent());
        assertEquals(2, subsection.depth());
    }

    @Test
    void insertedClauseAndSectionFollowTheirBaseNumberAndKeepTheirAmendmentNotesApart() {
        ParsedDraft draft = parser.parse(Samples.read("estonian-v1.txt"));

        ParsedUnit clause = draft.byEId("chp_1__sec_2__para_2-1");
        assertEquals("2¹)", clause.label());
        assertEquals(new UnitNumber(2, 1), clause.number());
        assertEquals("official means a person acting for a body;", clause.text());
        assertEquals(List.of("RT I, 12.03.2015, 3 – entry into force 01.07.2015"), clause.notes());

        ParsedUnit section = draft.byEId("chp_2__sec_3-1");
        assertEquals("§ 3¹", section.label());
        assertEquals("Comments", section.heading());
        assertEquals("Everyone may comment on a published draft and on each of its provisions.", section.text());
        assertEquals(List.of("RT I, 05.05.2020, 1 – entry into force 01.06.2020"), section.notes());
    }

    @Test
    void markdownDraftReadsLikeThePlainOne() {
        ParsedDraft draft = parser.parse(Samples.read("estonian-v2.md"));

        assertEquals(LawStyle.ESTONIAN, draft.style());
        assertEquals(List.of(), draft.issues());
        assertEquals("ÜLDSÄTTED", draft.byEId("chp_1").heading());
        assertEquals("Principles", draft.byEId("chp_1__sec_2").heading());
        assertEquals("1¹)", draft.byEId("chp_1__sec_3__para_1-1").label());
        assertEquals("Comments", draft.byEId("chp_2__sec_4-1").heading());
    }

    @Test
    void euDraftReadsPartsChaptersSectionsArticlesParagraphsPointsAndSubpoints() {
        ParsedDraft draft = parser.parse(Samples.read("eu.txt"));

        assertEquals(LawStyle.EU, draft.style());
        assertEquals(List.of(), draft.issues());
        assertEquals("GENERAL RULES", draft.byEId("part_1").heading());
        assertEquals("General provisions", draft.byEId("part_1__chp_1").heading());
        assertEquals("CHAPTER II", draft.byEId("part_1__chp_2").label());
        assertEquals("Closing", draft.byEId("part_1__chp_2__sec_2").heading());

        ParsedUnit article = draft.byEId("art_1");
        assertEquals("Article 1", article.label());
        assertEquals("Subject matter", article.heading());
        assertEquals(UnitKind.ARTICLE, article.kind());
        assertEquals("It applies to:", draft.byEId("art_1__para_2").text());
        assertEquals("draft legislative acts;", draft.byEId("art_1__para_2__point_a").text());
        ParsedUnit subpoint = draft.byEId("art_1__para_2__point_b__point_i");
        assertNotNull(subpoint);
        assertEquals(UnitKind.SUBPOINT, subpoint.kind());
        assertEquals("implementing acts;", subpoint.text());
        assertEquals("delegated acts;", draft.byEId("art_1__para_2__point_b__point_ii").text());
        assertEquals(UnitKind.POINT, draft.byEId("art_1__para_2__point_c").kind());

        assertEquals("For the purposes of this Regulation, 'draft' means a text proposed for adoption.",
                draft.byEId("art_2").text());
        assertEquals("Content of the report", draft.byEId("art_4").heading());
    }

    @Test
    void euPointAfterHIsTheLetterINotASubpoint() {
        ParsedDraft draft = parser.parse(Samples.read("eu.txt"));

        ParsedUnit point = draft.byEId("art_4__point_i");
        assertNotNull(point);
        assertEquals(UnitKind.POINT, point.kind());
        assertEquals(new UnitNumber(9, 0), point.number());
        assertEquals("the date of publication.", point.text());
    }

    @Test
    void euInsertedArticleFollowsItsBase() {
        ParsedDraft draft = parser.parse(Samples.read("eu.txt"));

        ParsedUnit article = draft.byEId("art_4-1");
        assertEquals("Article 4a", article.label());
        assertEquals(new UnitNumber(4, 1), article.number());
        assertEquals("Publication of the report", article.heading());
    }

    @Test
    void khmerDraftReadsChaptersSectionsArticlesWithKhmerAndLatinDigits() {
        ParsedDraft draft = parser.parse(Samples.read("khmer.txt"));

        assertEquals(LawStyle.KHMER, draft.style());
        assertEquals(List.of(), draft.issues());
        assertEquals("ច្បាប់ស្តីពីការពិគ្រោះយោបល់សាធារណៈ", draft.preamble());
        ParsedUnit chapter = draft.byEId("chp_1");
        assertEquals("ជំពូកទី ១", chapter.label());
        assertEquals("បទប្បញ្ញត្តិទូទៅ", chapter.heading());
        assertEquals("ការបើក", draft.byEId("chp_2__sec_1").heading());

        ParsedUnit first = draft.byEId("art_1");
        assertEquals("មាត្រា ១", first.label());
        assertTrue(first.text().startsWith("ច្បាប់នេះមានគោលបំណង"));
        assertEquals("ក្នុងច្បាប់នេះ៖", draft.byEId("art_2").text());
        assertEquals("ក", draft.byEId("art_2__point_1").label().substring(0, 1));
        assertEquals("ស្ថាប័ន គឺជាក្រសួង ឬអាជ្ញាធរសាធារណៈ។", draft.byEId("art_2__point_2").text());

        ParsedUnit latin = draft.byEId("art_3");
        assertEquals("មាត្រា 3", latin.label());
        assertEquals(new UnitNumber(3, 0), latin.number());

        ParsedUnit fourth = draft.byEId("art_4");
        assertEquals("ការបិទ", fourth.heading());
        assertEquals("ការពិគ្រោះយោបល់បិទនៅថ្ងៃបញ្ចប់។", draft.byEId("art_4__para_1").text());
        assertEquals(new UnitNumber(2, 0), draft.byEId("art_4__para_2").number());
    }

    @Test
    void brokenNumberingAndUnplacedTextAreReportedWithLineNumbersAndCannotBePublished() {
        ParsedDraft draft = parser.parse(Samples.read("estonian-broken.txt"), LawStyle.ESTONIAN);

        assertEquals(List.of(
                        ParseIssue.of(3, ParseIssue.UNPLACED, "This sentence stands in the chapter, outside any section."),
                        ParseIssue.of(7, ParseIssue.REPEAT, "(1)", "(1)"),
                        ParseIssue.of(9, ParseIssue.GAP, "§ 3", "2"),
                        ParseIssue.of(11, ParseIssue.GAP, "3)", "2"),
                        ParseIssue.of(12, ParseIssue.BACKWARDS, "2)", "3)"),
                        ParseIssue.of(16, ParseIssue.MISPLACED, "1)")),
                draft.issues());
        assertFalse(draft.isPublishable());
        assertEquals(9, draft.issues().get(2).arguments()[0]);
    }

    @Test
    void aTextWithoutAnyUnitIsReportedEmpty() {
        ParsedDraft draft = parser.parse("Just a letter to the ministry.", LawStyle.EU);

        assertEquals(List.of(ParseIssue.of(1, ParseIssue.EMPTY)), draft.issues());
        assertFalse(draft.isPublishable());
    }

    @Test
    void styleIsDetectedFromTheLabels() {
        assertEquals(LawStyle.ESTONIAN, parser.detect("1. peatükk\nÜldsätted"));
        assertEquals(LawStyle.KHMER, parser.detect("មាត្រា ១.- អត្ថបទ។"));
        assertEquals(LawStyle.EU, parser.detect("Article 1\nScope"));
    }
}
