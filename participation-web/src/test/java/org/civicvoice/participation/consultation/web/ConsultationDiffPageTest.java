package org.civicvoice.participation.consultation.web;

import org.civicvoice.participation.consultation.entity.UnitView;
import org.civicvoice.participation.lawtext.entity.UnitChange;
import org.civicvoice.participation.lawtext.entity.UnitDiff;
import org.civicvoice.participation.lawtext.entity.UnitKind;
import org.civicvoice.participation.lawtext.entity.WordChange;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsultationDiffPageTest {

    private static final WordChange KEPT = new WordChange(WordChange.Operation.EQUAL, "for at least ");
    private static final WordChange GONE = new WordChange(WordChange.Operation.DELETE, "four");
    private static final WordChange ADDED = new WordChange(WordChange.Operation.INSERT, "six");

    @Test
    void aChangedUnitIsNamedByItsNewEIdAndShowsItsWords() {
        UnitDiff changed = new UnitDiff("k1", UnitKind.SUBSECTION, EnumSet.of(UnitChange.CHANGED), "(1)", "(1)",
                "sec_3__subsec_1", "sec_3__subsec_1", List.of(KEPT, GONE, ADDED));
        ConsultationDiffPage.Row row = ConsultationDiffPage.row(changed,
                unit("k1", "sec_3__subsec_1", "(1)", "for at least six weeks"), Set.of("sec_3__subsec_1"));
        assertEquals("sec_3__subsec_1", row.id());
        assertEquals(List.of("CHANGED"), row.changes());
        assertEquals(List.of(KEPT, GONE, ADDED), row.words());
        assertNull(row.text(), "the words show the text");
        assertNull(row.oldLabel());
    }

    @Test
    void aRenumberedUnitKeepsItsOldLabelAndShowsTheNewText() {
        UnitDiff renumbered = new UnitDiff("k2", UnitKind.SECTION, EnumSet.of(UnitChange.RENUMBERED), "§ 2", "§ 3",
                "sec_2", "sec_3", List.of());
        ConsultationDiffPage.Row row = ConsultationDiffPage.row(renumbered, unit("k2", "sec_3", "§ 3", "Definitions"),
                Set.of("sec_3"));
        assertEquals("sec_3", row.id());
        assertEquals("§ 2", row.oldLabel());
        assertEquals("Definitions", row.text());
        assertTrue(row.words().isEmpty());
        assertTrue(row.is("RENUMBERED"));
    }

    @Test
    void aDeletedUnitWhoseEIdANewUnitCarriesGetsAnIdOfItsOwn() {
        UnitDiff deleted = new UnitDiff("k3", UnitKind.SECTION, EnumSet.of(UnitChange.DELETED), "§ 3", null,
                "sec_3", null, List.of(GONE));
        assertEquals("deleted__sec_3", ConsultationDiffPage.row(deleted, null, Set.of("sec_3")).id());
        ConsultationDiffPage.Row alone = ConsultationDiffPage.row(deleted, null, Set.of("sec_2"));
        assertEquals("sec_3", alone.id());
        assertEquals("§ 3", alone.label());
        assertEquals(List.of(GONE), alone.words());
    }

    private static UnitView unit(String key, String eId, String label, String text) {
        return new UnitView(0, key, eId, UnitKind.SUBSECTION, label, "", text, List.of(), 1, -1, 0);
    }
}
