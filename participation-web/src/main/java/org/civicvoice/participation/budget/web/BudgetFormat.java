package org.civicvoice.participation.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.platform.web.LocaleSelection;

import java.text.NumberFormat;

/** Money on budget pages in the reader's language (numbers and dates: {@code petitionFormat}, as every page). */
@Named
@RequestScoped
public class BudgetFormat {

    @Inject
    LocaleSelection locale;

    /** An amount with its currency code, grouped as the reader's language groups digits. */
    public String money(long amount, String currency) {
        return NumberFormat.getIntegerInstance(locale.getLanguage().locale()).format(amount) + " " + currency;
    }
}
