package org.civicvoice.participation.routing.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the petitions committee decided. The history records an outcome as {@code "<OUTCOME>: <summary> <link>"};
 * readers see the outcome in their language, so pages and mails find it again with {@link #in(String)}.
 */
public enum HearingOutcome {
    DEBATED, REFERRED_TO_MINISTRY, REJECTED, LAW_CHANGED;

    /** The outcome a recorded text names, as {@code "DEBATED: "} at its start or after a body's name. */
    public static Optional<HearingOutcome> in(String recorded) {
        if (recorded == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(o -> recorded.startsWith(o.marker()) || recorded.contains(": " + o.marker()))
                .findFirst();
    }

    /** The recorded text with the outcome's code replaced by {@code label}. */
    public String relabel(String recorded, String label) {
        int at = recorded.indexOf(marker());
        return at < 0 ? recorded : recorded.substring(0, at) + label + ": " + recorded.substring(at + marker().length());
    }

    /** The recorded text after the outcome's code: the summary and the link. */
    public String summaryOf(String recorded) {
        int at = recorded.indexOf(marker());
        return at < 0 ? recorded : recorded.substring(at + marker().length());
    }

    private String marker() {
        return name() + ": ";
    }
}
