package org.civicvoice.participation.petition.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.petition.boundary.PetitionDrafting;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.petition.entity.PetitionNumber;

import java.util.List;

/**
 * {@code petition/new.xhtml}: a verified citizen writes a petition and saves it as a draft. Once a title is typed,
 * similar public petitions are shown, so that the author can sign one asking the same instead.
 */
@Named
@ViewScoped
public class PetitionNewPage extends PetitionDraftForm {

    @Inject
    transient PetitionDrafting drafting;

    private transient List<PetitionCard> similar;
    private boolean lookedForSimilar;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            prepareChoices();
        }
    }

    /**
     * Lists public petitions like the title typed so far (when the title changes, or on the button), so the author
     * can sign one of them instead of starting a duplicate.
     */
    public void lookForSimilar() {
        similar = petitions.similarTo(getTitle(), Petitions.SIMILAR_MAX);
        lookedForSimilar = true;
    }

    public List<PetitionCard> getSimilar() {
        return similar == null ? List.of() : similar;
    }

    /** Whether the author looked already, so that "nothing similar" is said only after looking. */
    public boolean isLookedForSimilar() {
        return lookedForSimilar && getTitle() != null && !getTitle().isBlank();
    }

    public void save() {
        try {
            PetitionNumber number = drafting.create(draft()).number();
            messages.info("petition.edit.saved");
            navigation.redirect("/petition/edit.xhtml?number=" + number);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }
}
