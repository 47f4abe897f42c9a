package org.civicvoice.participation.shared;

/** EclipseLink query hints used to load what a page shows in a fixed number of queries. */
public final class QueryHints {

    /** Loads a relationship of all results in one further query. */
    public static final String BATCH = "eclipselink.batch";
    public static final String BATCH_TYPE = "eclipselink.batch.type";
    /** Loads a to-one relationship in the same query by an outer join. */
    public static final String LEFT_FETCH = "eclipselink.left-join-fetch";

    private QueryHints() {
    }
}
