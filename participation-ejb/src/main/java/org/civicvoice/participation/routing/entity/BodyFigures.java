package org.civicvoice.participation.routing.entity;

/**
 * How a body (or, without a slug, the whole platform) answers: cases received, answered, answered by their due
 * date, the median time to answer in hours (null before a first answer), and open cases overdue now.
 */
public record BodyFigures(String bodySlug, String bodyName, long received, long answered, long answeredOnTime,
                          Double medianHoursToAnswer, long overdueNow) {

    /** The same figures under another name of the body (its name in the reader's language). */
    public BodyFigures named(String name) {
        return new BodyFigures(bodySlug, name, received, answered, answeredOnTime, medianHoursToAnswer, overdueNow);
    }

    /** Share of answered cases answered on time, 0..100; null before a first answer. */
    public Integer onTimePercent() {
        return answered == 0 ? null : (int) Math.round(100.0 * answeredOnTime / answered);
    }
}
