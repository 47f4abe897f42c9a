package org.civicvoice.participation.petition.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.petition.entity.Milestone;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.platform.web.LocaleSelection;
import org.civicvoice.participation.platform.web.Messages;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How petition pages write counts, dates and progress in the reader's language. */
@Named
@RequestScoped
public class PetitionFormat {

    @Inject
    Messages messages;

    @Inject
    LocaleSelection locale;

    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale.getLanguage().locale()).format(n);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale.getLanguage().locale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale.getLanguage().locale()).format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getLanguage().locale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    /** "1,234 of 10,000 signatures — government response", or the count alone without a goal. */
    public String progress(PetitionCard card) {
        if (card.getGoal() <= 0) {
            return messages.text("petition.progress.count", count(card.getSignatures()));
        }
        return messages.text("petition.progress.text", count(card.getSignatures()), count(card.getGoal()),
                messages.text("petition.consequence." + card.getGoalConsequence()));
    }

    /** The progress text with {@code {0}} in place of the count, for the script that keeps the count current. */
    public String progressTemplate(PetitionCard card) {
        if (card.getGoal() <= 0) {
            return messages.text("petition.progress.count", "{0}");
        }
        return messages.text("petition.progress.text", "{0}", count(card.getGoal()),
                messages.text("petition.consequence." + card.getGoalConsequence()));
    }

    /** The largest value of the progress bar: the goal, or the count once it went beyond. */
    public int progressMax(PetitionCard card) {
        return Math.max(Math.max(card.getGoal(), card.getSignatures()), 1);
    }

    public String threshold(Milestone milestone) {
        return messages.text("petition.progress.threshold", count(milestone.getSignatures()),
                messages.text("petition.consequence." + milestone.getConsequence()));
    }
}
