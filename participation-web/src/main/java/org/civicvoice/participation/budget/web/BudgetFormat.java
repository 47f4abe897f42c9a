package org.civicvoice.participation.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.platform.web.LocaleSelection;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Money, numbers and dates of budget pages in the reader's language. */
@Named
@RequestScoped
public class BudgetFormat {

    @Inject
    LocaleSelection locale;

    /** An amount with its currency code, grouped as the reader's language groups digits. */
    public String money(long amount, String currency) {
        return NumberFormat.getIntegerInstance(locale.getLanguage().locale()).format(amount) + " " + currency;
    }

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
}
