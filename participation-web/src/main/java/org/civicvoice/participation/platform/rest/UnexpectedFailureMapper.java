package org.civicvoice.participation.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything the more specific mappers do not handle: a request body that is not the JSON expected answers
 * 400; an unreachable database 503 with {@code Retry-After}; any other failure 500, logged, with a problem body
 * that reveals nothing of the inside.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return new Problem("about:blank", "Bad Request", 400,
                        "The request body is not the JSON expected.").toResponse();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (DatabaseUnavailable.causes(e)) {
            LOG.log(Level.WARNING, "Database unreachable: {0}", e.getMessage());
            return DatabaseUnavailable.answer(headers);
        }
        LOG.log(Level.SEVERE, "Request failed", e);
        return new Problem("about:blank", "Internal Server Error", 500, "The request could not be completed.")
                .toResponse();
    }
}
