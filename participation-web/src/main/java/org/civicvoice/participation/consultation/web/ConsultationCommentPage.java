package org.civicvoice.participation.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.consultation.boundary.ConsultationComments;
import org.civicvoice.participation.consultation.boundary.Consultations;
import org.civicvoice.participation.consultation.entity.CommentDraft;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationComment;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.UnitView;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.VersionStructure;
import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

import java.util.Map;

/**
 * {@code consultation/comment.xhtml?number=n[&unit=key]}: a verified citizen comments on one unit of an open
 * consultation's text, or on the whole draft, optionally quoting its words and naming the organisation they speak
 * for. A refusal (the consultation closed meanwhile, a text too long) is shown next to the field it concerns or
 * above the form, and the form keeps what was typed. On the form's post the number and the unit come from the
 * form's plain hidden inputs, as view parameters are set only after the form is decoded.
 */
@Named
@RequestScoped
public class ConsultationCommentPage {

    /** Which field a refusal of the boundary is about. */
    private static final Map<String, String> FIELDS = Map.of(
            "consultation.comment.text", "comment:text",
            "consultation.comment.quote", "comment:quote",
            "consultation.comment.onBehalfOf", "comment:onBehalfOf");

    @Inject
    Consultations consultations;

    @Inject
    ConsultationComments comments;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    HttpServletRequest request;

    private String number;
    private String unit;
    private String quote;
    private String text;
    private String onBehalfOf;
    private Consultation consultation;
    private UnitView unitView;
    private String textLanguage;
    private boolean loaded;

    public void load() {
        try {
            if (getConsultation() == null || (!getUnitKey().isEmpty() && getUnitView() == null)) {
                navigation.notFound();
            }
        } catch (UnknownConsultation | IllegalArgumentException e) {
            navigation.notFound();
        }
    }

    public void comment() {
        try {
            String named = getConsultationNumber();
            String key = getUnitKey();
            comments.comment(ConsultationNumber.of(named),
                    new CommentDraft(key.isEmpty() ? null : key, quote, text, onBehalfOf, null));
            messages.info("consultation.comment.done");
            UnitView commented = key.isEmpty() ? null : getUnitView();
            navigation.redirect("/consultation/view.xhtml?number=" + named
                    + "#" + (commented == null ? "text-title" : commented.eId()));
        } catch (RuntimeException e) {
            messages.refused(e, FIELDS);
        }
    }

    /** The consultation's number: the view parameter, or on the form's post the form's hidden input. */
    public String getConsultationNumber() {
        String named = number != null && !number.isBlank() ? number : request.getParameter("number");
        return named == null ? "" : named.strip();
    }

    /** The key of the unit commented on, empty for the whole draft. */
    public String getUnitKey() {
        String named = unit != null && !unit.isBlank() ? unit : request.getParameter("unit");
        return named == null ? "" : named.strip();
    }

    public Consultation getConsultation() {
        if (!loaded) {
            loaded = true;
            String named = getConsultationNumber();
            if (!named.isEmpty()) {
                ConsultationNumber parsed = ConsultationNumber.of(named);
                consultation = consultations.find(parsed);
                String key = getUnitKey();
                if (!key.isEmpty() && consultation.getTextVersion() != null) {
                    VersionStructure structure = consultations.structure(parsed, consultation.getTextVersion());
                    unitView = structure.units().stream().filter(u -> u.key().equals(key)).findFirst().orElse(null);
                    textLanguage = structure.style() == LawStyle.KHMER ? "km" : null;
                }
            }
        }
        return consultation;
    }

    /** The unit commented on in the current text, null for the whole draft. */
    public UnitView getUnitView() {
        getConsultation();
        return unitView;
    }

    /** The language of the draft's text where it differs from the page's ({@code km} for a Khmer draft). */
    public String getTextLanguage() {
        getConsultation();
        return textLanguage;
    }

    public boolean isOpen() {
        return getConsultation() != null && getConsultation().isOpen();
    }

    public String getTextHint() {
        return messages.text("consultation.comment.textHint", ConsultationComment.TEXT_LENGTH);
    }

    public String getQuoteHint() {
        return messages.text("consultation.comment.quoteHint", ConsultationComment.QUOTE_LENGTH);
    }

    public String getOnBehalfOfHint() {
        return messages.text("consultation.comment.onBehalfOfHint", ConsultationComment.ON_BEHALF_LENGTH);
    }

    public int getTextLength() {
        return ConsultationComment.TEXT_LENGTH;
    }

    public int getQuoteLength() {
        return ConsultationComment.QUOTE_LENGTH;
    }

    public int getOnBehalfOfLength() {
        return ConsultationComment.ON_BEHALF_LENGTH;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }
}
