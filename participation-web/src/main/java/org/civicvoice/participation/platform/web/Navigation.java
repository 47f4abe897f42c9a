package org.civicvoice.participation.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Redirects after a successful form (post, redirect, get), so a reload never submits twice. */
@RequestScoped
public class Navigation {

    @Inject
    FacesContext faces;

    public void redirect(String path) {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers 404 with the friendly error page. */
    public void notFound() {
        sendError(404);
    }

    /** Answers 403 with the friendly error page. */
    public void forbidden() {
        sendError(403);
    }

    private void sendError(int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
