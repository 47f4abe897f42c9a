package org.civicvoice.participation.proposal.web;

import org.civicvoice.participation.platform.web.Texts;
import org.civicvoice.participation.proposal.entity.TimelineEntry;

import java.util.List;
import java.util.Locale;

/**
 * A timeline step in the reader's language: its bundle key with its arguments; arguments that are bundle keys
 * themselves (a coded reason, {@code proposal.rejection.UNCLEAR}) are translated first.
 */
public final class TimelineText {

    private TimelineText() {
    }

    public static String of(TimelineEntry entry, Locale locale) {
        List<Object> arguments = Texts.named(locale, entry.text()).arguments().stream()
                .map(a -> (Object) (a.startsWith("proposal.") ? Texts.text(locale, a, List.of()) : a))
                .toList();
        return Texts.text(locale, entry.key(), arguments);
    }
}
