package org.civicvoice.participation.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.platform.web.Language;
import org.civicvoice.participation.platform.web.Texts;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A failure because the database cannot be reached (stopped, restarting, the network gone): the caller gets
 * {@code 503} with {@code Retry-After} and may simply try again (a request that did reach the database before it went
 * is safe to repeat: a second signature answers "already signed"). Told by the cause: a connection error of JDBC (SQLState class {@code 08}), a
 * refused connection, or the server's connection pool failing to allocate one.
 */
final class DatabaseUnavailable {

    static final int RETRY_AFTER_SECONDS = 5;
    static final String KEY = "platform.unavailable";
    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.resource.ResourceException");

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || POOL_FAILURES.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static Response answer(HttpHeaders headers) {
        Locale locale = headers == null ? Language.DEFAULT.locale()
                : Language.preferred(Collections.enumeration(headers.getAcceptableLanguages())).locale();
        Response problem = new Problem("urn:participation:problem:" + KEY, "Service Unavailable", 503,
                Texts.text(locale, KEY, List.of())).toResponse();
        return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
