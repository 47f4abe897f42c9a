package org.civicvoice.participation.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.consultation.boundary.ConsultationQuestions;
import org.civicvoice.participation.consultation.boundary.Consultations;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.QuestionView;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.platform.web.Postback;

import java.util.List;
import java.util.Set;

/**
 * {@code consultation/questions.xhtml?number=n}: the questions of a consultation. While it is open, verified people
 * answer each with a plain form (and may change their answer); once it has closed, everyone sees how many chose
 * each option.
 */
@Named
@RequestScoped
public class ConsultationQuestionsPage {

    @Inject
    Consultations consultations;

    @Inject
    ConsultationQuestions questions;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    @Inject
    Postback postback;

    @Inject
    HttpServletRequest request;

    private String number;
    private Consultation consultation;
    private List<QuestionView> views;

    public void load() {
        try {
            getConsultation();
        } catch (UnknownConsultation e) {
            navigation.notFound();
        }
    }

    public void answer() {
        Set<Long> options = postback.numbers("option");
        try {
            long question = Long.parseLong(String.valueOf(request.getParameter("question")));
            questions.answer(new ConsultationNumber(getConsultation().getId()), question, options, request.getParameter("text"));
            messages.info("consultation.questions.answered");
            navigation.redirect("/consultation/questions.xhtml?number=" + getConsultation().getId() + "#question-"
                    + question);
        } catch (NumberFormatException e) {
            messages.error("consultation.question.unknown", "");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public Consultation getConsultation() {
        if (consultation == null) {
            consultation = consultations.find(ConsultationNumber.of(postback.parameter(number, "number")));
        }
        return consultation;
    }

    public List<QuestionView> getQuestions() {
        if (views == null) {
            views = questions.questions(new ConsultationNumber(getConsultation().getId()));
        }
        return views;
    }

    public boolean chosen(QuestionView question, QuestionView.Option option) {
        return question.myOptions().contains(option.id());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
