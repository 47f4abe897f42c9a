package org.civicvoice.participation.routing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.platform.web.LocaleSelection;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.routing.boundary.Transparency;
import org.civicvoice.participation.routing.entity.BodyFigures;

import java.text.NumberFormat;
import java.util.List;

/**
 * {@code transparency.xhtml}: how the bodies answer, in public and without a session: the platform's totals, a
 * table per body and two bar charts (share answered on time, median time to answer) whose values are also text.
 */
@Named
@RequestScoped
public class TransparencyPage {

    static final int HOURS_PER_DAY = 24;

    @Inject
    Transparency transparency;

    @Inject
    Messages messages;

    @Inject
    LocaleSelection locale;

    private List<BodyFigures> figures;

    private List<BodyFigures> figures() {
        if (figures == null) {
            figures = transparency.figures();
        }
        return figures;
    }

    /** The whole platform. */
    public BodyFigures getTotal() {
        return figures().get(0);
    }

    /** Every body that received a case, the most cases first. */
    public List<BodyFigures> getBodies() {
        return figures().subList(1, figures().size());
    }

    /** The bodies with at least one answer: only they have a share on time and a median time. */
    public List<BodyFigures> getAnsweringBodies() {
        return getBodies().stream().filter(b -> b.answered() > 0).toList();
    }

    public boolean isNoCases() {
        return getTotal().received() == 0;
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale.getLanguage().locale()).format(n);
    }

    /** "83 %" in the reader's language; "no answer yet" before a first answer. */
    public String percent(Integer percent) {
        if (percent == null) {
            return messages.text("transparency.noAnswerYet");
        }
        return NumberFormat.getPercentInstance(locale.getLanguage().locale()).format(percent / 100.0);
    }

    /** "3 days 4 hours", "5 hours", "less than an hour"; "no answer yet" before a first answer. */
    public String duration(Double hours) {
        if (hours == null) {
            return messages.text("transparency.noAnswerYet");
        }
        if (hours < 1) {
            return messages.text("transparency.duration.underHour");
        }
        long rounded = Math.round(hours);
        long days = rounded / HOURS_PER_DAY;
        long rest = rounded % HOURS_PER_DAY;
        if (days == 0) {
            return messages.text("transparency.duration.hours", rest);
        }
        if (rest == 0) {
            return messages.text("transparency.duration.days", days);
        }
        return messages.text("transparency.duration.daysHours", days, rest);
    }

    /** The width of a body's bar in the chart of shares on time, 0..100. */
    public int onTimeWidth(BodyFigures body) {
        Integer percent = body.onTimePercent();
        return percent == null ? 0 : Math.max(0, Math.min(100, percent));
    }

    /** The width of a body's bar in the chart of median times, relative to the slowest body, 1..100. */
    public int medianWidth(BodyFigures body) {
        double max = getAnsweringBodies().stream().map(BodyFigures::medianHoursToAnswer)
                .filter(h -> h != null).mapToDouble(Double::doubleValue).max().orElse(0);
        Double hours = body.medianHoursToAnswer();
        if (hours == null || max <= 0) {
            return 1;
        }
        return (int) Math.max(1, Math.round(hours * 100.0 / max));
    }
}
