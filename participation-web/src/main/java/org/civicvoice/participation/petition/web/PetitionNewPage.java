package org.civicvoice.participation.petition.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.petition.boundary.PetitionDrafting;
import org.civicvoice.participation.petition.entity.PetitionNumber;

/** {@code petition/new.xhtml}: a verified citizen writes a petition and saves it as a draft. */
@Named
@ViewScoped
public class PetitionNewPage extends PetitionDraftForm {

    @Inject
    transient PetitionDrafting drafting;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            prepareChoices();
        }
    }

    public void save() {
        try {
            PetitionNumber number = drafting.create(draft());
            messages.info("petition.edit.saved");
            navigation.redirect("/petition/edit.xhtml?number=" + number);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }
}
