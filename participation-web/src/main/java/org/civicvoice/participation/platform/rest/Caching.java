package org.civicvoice.participation.platform.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Answers a read with a validator and a freshness lifetime, so that repeated reads by browsers and proxies
 * cost little: an unchanged resource answers {@code 304 Not Modified} without a body. Answers name content in the
 * reader's language, so caches keep one copy per {@code Accept-Language}.
 */
public final class Caching {

    private Caching() {
    }

    public static Response cacheable(Request request, Object entity, int maxAgeSeconds) {
        EntityTag tag = new EntityTag(Integer.toHexString(entity.hashCode()), true);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAgeSeconds);
        cache.setPrivate(false);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).header("Vary", "Accept-Language").build();
        }
        return Response.ok(entity).cacheControl(cache).tag(tag).header("Vary", "Accept-Language").build();
    }
}
