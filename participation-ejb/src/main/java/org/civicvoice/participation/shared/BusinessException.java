package org.civicvoice.participation.shared;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A rule of the domain said no. Carries a resource-bundle key and its arguments, so that the web tier
 * shows it in the reader's language (a faces message, or an {@code application/problem+json} response).
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    /** What kind of refusal this is; the web tier picks the HTTP status from it. */
    public enum Reason { NOT_FOUND, CONFLICT, REJECTED, FORBIDDEN, THROTTLED }

    private final String messageKey;
    private final List<Object> arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public abstract Reason reason();
}
