package org.civicvoice.participation.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.civicvoice.participation.platform.web.Language;
import org.civicvoice.participation.platform.web.Texts;
import org.civicvoice.participation.shared.BusinessException;
import org.civicvoice.participation.shared.TooManyAttempts;

import java.util.Locale;

/**
 * Turns a refusal of the domain into a problem response in the caller's language; a throttled caller also learns
 * when to try again ({@code Retry-After}, in seconds).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        Response.Status status = switch (e.reason()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case REJECTED -> Response.Status.BAD_REQUEST;
            case THROTTLED -> Response.Status.TOO_MANY_REQUESTS;
        };
        Locale locale = headers == null ? Language.DEFAULT.locale()
                : Language.preferred(java.util.Collections.enumeration(headers.getAcceptableLanguages())).locale();
        Response problem = new Problem("urn:participation:problem:" + e.messageKey(), status.getReasonPhrase(),
                status.getStatusCode(), Texts.text(locale, e.messageKey(), e.arguments())).toResponse();
        if (e instanceof TooManyAttempts throttled) {
            return Response.fromResponse(problem).header("Retry-After", throttled.minutes() * 60).build();
        }
        return problem;
    }
}
