package org.civicvoice.participation.shared;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Rows loaded by id in one query (in any order), put back in the order of the ids asked for. */
public final class InOrder {

    private InOrder() {
    }

    /** The loaded rows in the order of {@code ids}; an id without a row is left out. */
    public static <T> List<T> of(List<Long> ids, Stream<T> loaded, Function<T, Long> idOf) {
        Map<Long, T> byId = loaded.collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
