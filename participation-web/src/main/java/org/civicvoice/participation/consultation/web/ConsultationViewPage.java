package org.civicvoice.participation.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.consultation.boundary.Consultations;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.VersionStructure;
import org.civicvoice.participation.platform.web.Navigation;

/**
 * {@code consultation/view.xhtml?number=n}: a public consultation read-only, its text unit by unit with the number
 * of comments beside each (one query for all units). Readers get no session: the view is transient.
 */
@Named
@RequestScoped
public class ConsultationViewPage {

    @Inject
    Consultations consultations;

    @Inject
    Navigation navigation;

    private String number;
    private Consultation consultation;
    private VersionStructure structure;

    public void load() {
        try {
            ConsultationNumber parsed = ConsultationNumber.of(number);
            consultation = consultations.find(parsed);
            if (consultation.getTextVersion() != null) {
                structure = consultations.structure(parsed, consultation.getTextVersion());
            }
        } catch (UnknownConsultation e) {
            navigation.notFound();
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public VersionStructure getStructure() {
        return structure;
    }
}
