package org.civicvoice.participation.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether a form's postback is being processed (before the response renders). Request-scoped pages load what they
 * show in a view action, which runs after the forms are decoded; a form inside {@code rendered="#{...}"} that
 * depends on such data uses {@code #{postback.processing or ...}} so that its button is still decoded.
 */
@Named
@RequestScoped
public class Postback {

    @Inject
    FacesContext faces;

    public boolean isProcessing() {
        return faces.isPostback() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    }

    /**
     * A page's view parameter, or while a form is decoded (before view parameters are set) the plain field of the
     * same name that the form carries.
     */
    public String parameter(String viewParameter, String name) {
        if (viewParameter != null && !viewParameter.isBlank()) {
            return viewParameter;
        }
        return faces.getExternalContext().getRequestParameterMap().get(name);
    }
}
