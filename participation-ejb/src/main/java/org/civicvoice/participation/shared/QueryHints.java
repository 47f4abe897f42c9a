package org.civicvoice.participation.shared;

/** EclipseLink query hints used to load what a page shows in a fixed number of queries. */
public final class QueryHints {

    /** Loads a relationship of all results in one further query. */
    public static final String BATCH = "eclipselink.batch";
    public static final String BATCH_TYPE = "eclipselink.batch.type";
    /** Loads a to-one relationship in the same query by an outer join. */
    public static final String LEFT_FETCH = "eclipselink.left-join-fetch";

    /**
     * Keeps a read-mostly query's results for {@link #CACHE_EXPIRY} milliseconds; a change made through this
     * node's persistence unit invalidates them at once, other nodes see it when they expire.
     */
    public static final String CACHE_RESULTS = "eclipselink.query-results-cache";
    public static final String CACHE_EXPIRY = "eclipselink.query-results-cache.expiry";
    /** How long directory reads (bodies, regions, topics) may be served from the cache, in milliseconds. */
    public static final String DIRECTORY_EXPIRY_MILLIS = "60000";

    private QueryHints() {
    }
}
