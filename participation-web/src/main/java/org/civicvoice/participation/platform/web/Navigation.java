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

    public void notFound() {
        try {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
