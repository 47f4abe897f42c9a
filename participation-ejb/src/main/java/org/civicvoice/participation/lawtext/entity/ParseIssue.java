package org.civicvoice.participation.lawtext.entity;

import java.util.List;
import java.util.Objects;

/**
 * Something the parser could not accept, as a bundle key whose first argument is the line number, followed by
 * the key's own arguments (the label found, the label expected).
 */
public record ParseIssue(int line, String key, List<String> details) {

    public static final String UNPLACED = "lawtext.error.unplaced";
    public static final String MISPLACED = "lawtext.error.misplaced";
    public static final String GAP = "lawtext.error.gap";
    public static final String REPEAT = "lawtext.error.repeat";
    public static final String BACKWARDS = "lawtext.error.backwards";
    public static final String EMPTY = "lawtext.error.empty";

    public ParseIssue {
        Objects.requireNonNull(key);
        details = List.copyOf(details);
    }

    public static ParseIssue of(int line, String key, String... details) {
        return new ParseIssue(line, key, List.of(details));
    }

    /** The bundle arguments: the line number, then the details. */
    public Object[] arguments() {
        Object[] arguments = new Object[details.size() + 1];
        arguments[0] = line;
        for (int i = 0; i < details.size(); i++) {
            arguments[i + 1] = details.get(i);
        }
        return arguments;
    }
}
