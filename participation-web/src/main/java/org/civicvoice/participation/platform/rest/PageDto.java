package org.civicvoice.participation.platform.rest;

import org.civicvoice.participation.shared.ResultPage;

import java.util.List;

/** One page of a list in the API, with what a client needs to ask for the next. */
public record PageDto<T>(List<T> items, long total, int offset, int limit, boolean hasMore) {

    public static <T> PageDto<T> of(ResultPage<T> page) {
        return new PageDto<>(page.items(), page.total(), page.first(), page.size(), page.hasNext());
    }
}
