package org.civicvoice.participation.routing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.platform.web.LocaleSelection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * How case pages write dates and times in the reader's language, in the deployment's time zone (the one the
 * working-day calendar counts in). A due instant is the end of its day, so its day is the one before it.
 */
@Named
@RequestScoped
public class CaseFormat {

    @Inject
    LocaleSelection locale;

    @Inject
    @ConfigProperty(name = "participation.zone", defaultValue = "UTC")
    String zoneName;

    public ZoneId zone() {
        return ZoneId.of(zoneName);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale.getLanguage().locale()).withZone(zone()).format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getLanguage().locale()).withZone(zone()).format(instant);
    }

    /** The last day of a due date: a case due at midnight is due on the day that ends then. */
    public String dueDay(Instant due) {
        return due == null ? "" : date(due.minusNanos(1));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale.getLanguage().locale()).format(day);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone()).format(instant);
    }

    /** The machine-readable day of a due date. */
    public String isoDueDay(Instant due) {
        return due == null ? "" : due.minusNanos(1).atZone(zone()).toLocalDate().toString();
    }
}
