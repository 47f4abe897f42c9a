package org.civicvoice.participation.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The errors of the fields of a submitted form, for the summary at the top of the page: each links to its field
 * (the pattern of GOV.UK's design system), the message itself stays beside the field.
 */
@Named
@RequestScoped
public class ErrorSummary {

    @Inject
    FacesContext faces;

    public record Item(String field, String text) {
    }

    public List<Item> getItems() {
        List<Item> items = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue;
            }
            for (FacesMessage message : faces.getMessageList(id)) {
                if (message.getSeverity() == FacesMessage.SEVERITY_ERROR) {
                    items.add(new Item(id, message.getSummary()));
                }
            }
        }
        return items;
    }
}
