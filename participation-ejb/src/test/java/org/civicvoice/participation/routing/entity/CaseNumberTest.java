package org.civicvoice.participation.routing.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CaseNumberTest {

    @Test
    void aPositiveNumberInTextIsACaseNumber() {
        assertEquals(42, CaseNumber.of(" 42 ").value());
    }

    @Test
    void textThatNamesNoCaseIsAnUnknownCase() {
        for (String bad : new String[]{"0", "-7", "abc", "", "99999999999999999999"}) {
            UnknownCase unknown = assertThrows(UnknownCase.class, () -> CaseNumber.of(bad), bad);
            assertEquals("case.unknown", unknown.messageKey());
        }
        assertThrows(UnknownCase.class, () -> CaseNumber.of(null));
    }
}
