package org.civicvoice.participation.budget.control;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FractionTest {

    @Test
    void wholeNumbersPrintWithoutDenominator() {
        assertEquals("100", Fraction.of(700, 7).toString());
        assertEquals("1/3", Fraction.of(1, 3).toString());
        assertEquals("0", Fraction.of(0, 5).toString());
    }

    @Test
    void isNormalisedWithPositiveDenominator() {
        Fraction f = Fraction.of(BigInteger.valueOf(6), BigInteger.valueOf(-4));
        assertEquals(BigInteger.valueOf(-3), f.numerator());
        assertEquals(BigInteger.valueOf(2), f.denominator());
        assertEquals("-3/2", f.toString());
        assertEquals(Fraction.of(-3, 2), f);
        assertEquals(Fraction.of(-3, 2).hashCode(), f.hashCode());
    }

    @Test
    void arithmeticIsExact() {
        Fraction third = Fraction.of(1, 3);
        assertEquals(Fraction.ONE, third.add(third).add(third));
        assertEquals(Fraction.of(1, 6), Fraction.of(1, 2).subtract(third));
        assertEquals(Fraction.of(2, 9), third.multiply(Fraction.of(2, 3)));
        assertEquals(Fraction.of(1, 2), third.divide(Fraction.of(2, 3)));
        assertEquals(Fraction.of(100, 3), Fraction.of(100).divide(3));
        assertEquals(Fraction.of(5, 3), Fraction.of(5, 9).multiply(3));
    }

    @Test
    void comparesByValue() {
        assertTrue(Fraction.of(1, 7).compareTo(Fraction.of(1, 6)) < 0);
        assertTrue(Fraction.of(2, 4).compareTo(Fraction.of(1, 2)) == 0);
        assertTrue(Fraction.of(-1, 2).compareTo(Fraction.ZERO) < 0);
        assertEquals(Fraction.of(1, 7), Fraction.of(1, 7).min(Fraction.of(1, 6)));
    }

    @Test
    void plainStringRoundsForDisplay() {
        assertEquals("33.33", Fraction.of(100, 3).toPlainString(2));
        assertEquals("0.67", Fraction.of(2, 3).toPlainString(2));
        assertEquals("100", Fraction.of(100).toPlainString(0));
    }

    @Test
    void parseReadsWhatToStringWrote() {
        assertEquals(Fraction.of(100, 3), Fraction.parse(Fraction.of(100, 3).toString()));
        assertEquals(Fraction.of(42), Fraction.parse("42"));
    }

    @Test
    void floorRoundsDown() {
        assertEquals(BigInteger.valueOf(33), Fraction.of(100, 3).floor());
        assertEquals(BigInteger.valueOf(-34), Fraction.of(-100, 3).floor());
    }

    @Test
    void zeroDenominatorAndDivisionByZeroAreRefused() {
        assertThrows(ArithmeticException.class, () -> Fraction.of(1, 0));
        assertThrows(ArithmeticException.class, () -> Fraction.ONE.divide(Fraction.ZERO));
    }

    @Test
    void jsonAdapterWritesAndReadsTheText() {
        FractionJsonAdapter adapter = new FractionJsonAdapter();

        assertEquals("100/3", adapter.adaptToJson(Fraction.of(100, 3)));
        assertEquals(Fraction.of(100, 3), adapter.adaptFromJson("100/3"));
    }
}
