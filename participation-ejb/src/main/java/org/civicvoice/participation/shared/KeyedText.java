package org.civicvoice.participation.shared;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A text stored now and shown later, in the reader's language: a bundle key and its arguments (names, numbers,
 * dates as text), never a sentence built in Java. Kept in two columns, the key and the arguments as a JSON array.
 * An argument that names a government body ({@link BodyName}) keeps the body's slug beside its default name, so a
 * reader sees the body's name in their language ({@link #withBodyNames}).
 */
public record KeyedText(String key, List<String> arguments, List<String> bodySlugs) {

    public static final int KEY_LENGTH = 120;
    public static final int ARGUMENTS_LENGTH = 2000;

    private static final String BODY = "body";
    private static final String NAME = "name";

    public KeyedText {
        Objects.requireNonNull(key);
        if (key.isBlank() || key.length() > KEY_LENGTH) {
            throw new IllegalArgumentException("a bundle key of 1 to " + KEY_LENGTH + " characters");
        }
        arguments = List.copyOf(arguments);
        bodySlugs = bodySlugs == null || bodySlugs.stream().allMatch(Objects::isNull) ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(bodySlugs));
        if (!bodySlugs.isEmpty() && bodySlugs.size() != arguments.size()) {
            throw new IllegalArgumentException("a body slug or none for each argument");
        }
    }

    /** The key and arguments, none of them naming a body. */
    public KeyedText(String key, List<String> arguments) {
        this(key, arguments, List.of());
    }

    /** The key with its arguments, each taken as text (null as an empty text); a {@link BodyName} keeps its slug. */
    public static KeyedText of(String key, Object... arguments) {
        return new KeyedText(key, Arrays.stream(arguments).map(a -> a == null ? "" : a.toString()).toList(),
                Arrays.stream(arguments).map(a -> a instanceof BodyName body ? body.slug() : null).toList());
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
            List<String> texts = new ArrayList<>();
            List<String> slugs = new ArrayList<>();
            for (JsonValue value : array) {
                if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject body = value.asJsonObject();
                    texts.add(body.getString(NAME, ""));
                    slugs.add(body.getString(BODY, null));
                } else {
                    texts.add(value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString()
                            : value.toString());
                    slugs.add(null);
                }
            }
            return new KeyedText(key, texts, slugs);
        }
    }

    /** The same text with each body it names in the reader's language: {@code nameOf} answers a slug's name, or null. */
    public KeyedText withBodyNames(Function<String, String> nameOf) {
        if (bodySlugs.isEmpty()) {
            return this;
        }
        List<String> named = new ArrayList<>(arguments);
        for (int i = 0; i < named.size(); i++) {
            String slug = bodySlugs.get(i);
            String name = slug == null ? null : nameOf.apply(slug);
            if (name != null && !name.isBlank()) {
                named.set(i, name);
            }
        }
        return new KeyedText(key, named, bodySlugs);
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

    private String json(List<String> values) {
        JsonArrayBuilder builder = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            String slug = bodySlugs.isEmpty() ? null : bodySlugs.get(i);
            if (slug == null) {
                builder.add(values.get(i));
            } else {
                builder.add(Json.createObjectBuilder().add(BODY, slug).add(NAME, values.get(i)));
            }
        }
        return builder.build().toString();
    }
}
