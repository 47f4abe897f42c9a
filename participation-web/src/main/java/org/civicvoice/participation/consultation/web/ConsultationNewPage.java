package org.civicvoice.participation.consultation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.consultation.boundary.ConsultationDrafting;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationDraft;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Membership;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.web.DirectoryChoices;
import org.civicvoice.participation.platform.web.Language;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.platform.web.TranslatedTexts;
import org.civicvoice.participation.shared.ContentText;
import org.civicvoice.participation.shared.Roles;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code consultation/new.xhtml}: an official opens a consultation for their body (title, summary, policy area,
 * optional region, the dates it is open for comments, a contact) as a draft, then enters its text on
 * {@code consultation/draft.xhtml}. The page also lists the drafts of the official's bodies. A refusal is shown next
 * to the field it concerns and the form keeps what was typed.
 */
@Named
@ViewScoped
public class ConsultationNewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which field a refusal of the boundary is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "consultation.body", "consultation:body",
            "consultation.topic", "consultation:topic",
            "consultation.region", "consultation:region",
            "consultation.title", "consultation:title",
            "consultation.summary", "consultation:summary",
            "consultation.contact", "consultation:contact",
            "consultation.dates", "consultation:closesOn");

    @Inject
    transient ConsultationDrafting drafting;

    @Inject
    transient MyAccount myAccount;

    @Inject
    transient DirectoryChoices directory;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    private List<Consultation> drafts;
    private List<Body> bodies;
    private String body;
    private String title;
    private String summary;
    private String topic;
    private String region;
    private String opensOn;
    private String closesOn;
    private String contact;
    private final TranslatedTexts translations = new TranslatedTexts();

    public void create() {
        LocalDate opens;
        LocalDate closes;
        try {
            opens = LocalDate.parse(opensOn == null ? "" : opensOn.strip());
            closes = LocalDate.parse(closesOn == null ? "" : closesOn.strip());
        } catch (DateTimeParseException e) {
            messages.fieldError("consultation:closesOn", "consultation.dates");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            ConsultationNumber number = drafting.create(new ConsultationDraft(body, title, summary, topic, region,
                    opens.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    closes.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), contact, texts()));
            messages.info("consultation.new.created");
            navigation.redirect("/consultation/draft.xhtml?number=" + number);
        } catch (RuntimeException e) {
            messages.refused(e, FIELDS);
        }
    }

    /** The title and summary typed in the other languages, as the consultation's translations. */
    private Map<String, ContentText> texts() {
        Map<String, ContentText> texts = new LinkedHashMap<>();
        translations.getFields().forEach((language, fields) -> texts.put(language, ContentText.of(fields.getName(),
                Consultation.TITLE_LENGTH, fields.getDescription(), Consultation.SUMMARY_LENGTH)));
        return texts;
    }

    public TranslatedTexts getTranslations() {
        return translations;
    }

    public List<Language> getOtherLanguages() {
        return TranslatedTexts.others();
    }

    /** The bodies the caller may open a consultation for: those they are an official of (any for an administrator). */
    public List<Body> getBodies() {
        if (bodies == null) {
            bodies = myAccount.memberships().stream().map(Membership::getBody).distinct().toList();
            if (bodies.isEmpty() && FacesContext.getCurrentInstance().getExternalContext()
                    .isUserInRole(Roles.PLATFORM_ADMIN)) {
                bodies = directory.getBodies();
            }
        }
        return bodies;
    }

    /** The drafts of the caller's bodies, the newest first. */
    public List<Consultation> getDrafts() {
        if (drafts == null) {
            drafts = drafting.drafts();
        }
        return drafts;
    }

    public int getTitleLength() {
        return Consultation.TITLE_LENGTH;
    }

    public int getSummaryLength() {
        return Consultation.SUMMARY_LENGTH;
    }

    public int getContactLength() {
        return Consultation.CONTACT_LENGTH;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
