package org.civicvoice.participation.routing;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;

/** Gives entities built in unit tests the id the database would give them, as equality and rules compare ids. */
public final class EntityIds {

    private static final AtomicLong NEXT = new AtomicLong(1);

    private EntityIds() {
    }

    public static <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, NEXT.getAndIncrement());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
