package org.civicvoice.participation.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashSet;
import java.util.Set;

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
    /**
     * The numbers a plain form sent under one name (ticked checkboxes), in their order; a value that is not a
     * number becomes -1, which no item has, so the boundary refuses it as unknown.
     */
    public Set<Long> numbers(String name) {
        Set<Long> numbers = new LinkedHashSet<>();
        String[] sent = faces.getExternalContext().getRequestParameterValuesMap().get(name);
        for (String value : sent == null ? new String[0] : sent) {
            try {
                numbers.add(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                numbers.add(-1L);
            }
        }
        return numbers;
    }

    public String parameter(String viewParameter, String name) {
        if (viewParameter != null && !viewParameter.isBlank()) {
            return viewParameter;
        }
        return faces.getExternalContext().getRequestParameterMap().get(name);
    }
}
