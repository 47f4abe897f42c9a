package org.civicvoice.participation.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.civicvoice.participation.platform.web.Language;
import org.civicvoice.participation.platform.web.Texts;
import org.civicvoice.participation.shared.BusinessException;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import java.util.stream.Collectors;

/**
 * What the EJB container wraps: a missing role (401 when not signed in, 403 otherwise), invalid input caught by
 * Bean Validation (400 with the violations), a refusal of the domain inside (its own mapping), and an unreachable
 * database (503 with {@code Retry-After}).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    SecurityContext security;

    @Context
    Providers providers;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(EJBException e) {
        if (e instanceof EJBAccessException) {
            boolean signedIn = security != null && security.getUserPrincipal() != null;
            Response.Status status = signedIn ? Response.Status.FORBIDDEN : Response.Status.UNAUTHORIZED;
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    signedIn ? "Your account may not do this." : "Please sign in first.").toResponse();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e.getCausedByException();
        if (cause instanceof ConstraintViolationException violations) {
            Locale locale = Language.preferred(Collections.enumeration(headers.getAcceptableLanguages())).locale();
            String detail = violations.getConstraintViolations().stream()
                    .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + message(v, locale))
                    .sorted()
                    .collect(Collectors.joining("; "));
            return new Problem("about:blank", "Bad Request", 400, detail).toResponse();
        }
        if (cause instanceof BusinessException refusal) {
            return providers.getExceptionMapper(BusinessException.class).toResponse(refusal);
        }
        if (DatabaseUnavailable.causes(e)) {
            return DatabaseUnavailable.answer(headers);
        }
        return new Problem("about:blank", "Internal Server Error", 500, "The request could not be completed.")
                .toResponse();
    }

    /** A constraint's message from the interface bundle when it names a key there, in the caller's language. */
    private static String message(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{validation.") && template.endsWith("}")) {
            return Texts.text(locale, template.substring(1, template.length() - 1), List.of());
        }
        return violation.getMessage();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
