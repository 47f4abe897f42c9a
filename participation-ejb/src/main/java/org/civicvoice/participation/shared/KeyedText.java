package org.civicvoice.participation.shared;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text stored now and shown later, in the reader's language: a bundle key and its arguments (names, numbers,
 * dates as text), never a sentence built in Java. Kept in two columns, the key and the arguments as a JSON array.
 */
public record KeyedText(String key, List<String> arguments) {

    public static final int KEY_LENGTH = 120;
    public static final int ARGUMENTS_LENGTH = 2000;

    public KeyedText {
        Objects.requireNonNull(key);
        if (key.isBlank() || key.length() > KEY_LENGTH) {
            throw new IllegalArgumentException("a bundle key of 1 to " + KEY_LENGTH + " characters");
        }
        arguments = List.copyOf(arguments);
    }

    /** The key with its arguments, each taken as text (null as an empty text). */
    public static KeyedText of(String key, Object... arguments) {
        return new KeyedText(key, Arrays.stream(arguments).map(a -> a == null ? "" : a.toString()).toList());
    }

    /** The text as stored, or null when no key was stored. */
    public static KeyedText stored(String key, String arguments) {
        if (key == null) {
            return null;
        }
        if (arguments == null || arguments.isBlank()) {
            return new KeyedText(key, List.of());
        }
        try (var reader = Json.createReader(new StringReader(arguments))) {
            JsonArray array = reader.readArray();
            return new KeyedText(key, array.stream()
                    .map(v -> v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString())
                    .toList());
        }
    }

    /** The arguments as a JSON array, shortened from the longest argument down until they fit their column. */
    public String storedArguments() {
        if (arguments.isEmpty()) {
            return null;
        }
        List<String> fitted = arguments;
        String json = json(fitted);
        while (json.length() > ARGUMENTS_LENGTH) {
            int longest = 0;
            for (int i = 1; i < fitted.size(); i++) {
                if (fitted.get(i).length() > fitted.get(longest).length()) {
                    longest = i;
                }
            }
            String cut = fitted.get(longest);
            int keep = Math.max(0, cut.length() - (json.length() - ARGUMENTS_LENGTH) - 1);
            fitted = new java.util.ArrayList<>(fitted);
            fitted.set(longest, cut.substring(0, keep) + "…");
            json = json(fitted);
        }
        return json;
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }

    private static String json(List<String> values) {
        JsonArrayBuilder builder = Json.createArrayBuilder();
        values.forEach(builder::add);
        return builder.build().toString();
    }
}
