package org.civicvoice.participation.budget.control;

import jakarta.json.bind.adapter.JsonbAdapter;

/** Writes a {@link Fraction} to JSON as its text ({@code "100"}, {@code "100/3"}) and reads it back. */
public class FractionJsonAdapter implements JsonbAdapter<Fraction, String> {

    @Override
    public String adaptToJson(Fraction fraction) {
        return fraction.toString();
    }

    @Override
    public Fraction adaptFromJson(String text) {
        return Fraction.parse(text);
    }
}
