package org.civicvoice.participation.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what a page request cannot do into the friendly pages with the right status: an expired or forged view
 * state answers 400 with the "page expired" page, an action refused for lack of rights 403 with the "not
 * allowed" page (the container shows the error page mapped to the status in {@code web.xml}). An ajax request gets a redirect to the page instead of an error naming exception classes; any
 * other failure of an ajax request redirects to the general error page, its details only in the server's log.
 */
public class FriendlyExceptions extends ExceptionHandlerFactory {

    public FriendlyExceptions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(FriendlyExceptions.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext() && faces != null && !faces.getResponseComplete()) {
                Throwable failure = events.next().getContext().getException();
                boolean ajax = faces.getPartialViewContext().isAjaxRequest();
                String page;
                int status;
                if (causedBy(failure, ViewExpiredException.class) || causedBy(failure, ProtectedViewException.class)) {
                    page = "/error/expired.xhtml";
                    status = 400;
                } else if (causedBy(failure, EJBAccessException.class)) {
                    page = "/error/403.xhtml";
                    status = 403;
                } else if (ajax) {
                    LOG.log(Level.WARNING, "An ajax request failed", failure);
                    page = "/error/500.xhtml";
                    status = 500;
                } else {
                    continue;
                }
                events.remove();
                answer(faces, ajax, page, status);
            }
            getWrapped().handle();
        }

        private static void answer(FacesContext faces, boolean ajax, String page, int status) {
            ExternalContext external = faces.getExternalContext();
            try {
                if (ajax) {
                    external.redirect(external.getRequestContextPath() + page);
                } else {
                    external.responseReset();
                    external.responseSendError(status, null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (type.isInstance(cause)) {
                    return true;
                }
                if (cause instanceof FacesException && cause.getCause() == cause) {
                    break;
                }
            }
            return false;
        }
    }
}
