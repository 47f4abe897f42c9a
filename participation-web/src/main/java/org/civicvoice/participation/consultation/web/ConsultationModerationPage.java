package org.civicvoice.participation.consultation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.consultation.boundary.ConsultationModeration;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.HeldComment;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

import java.util.List;

/**
 * {@code consultation/moderation.xhtml}: the consultation comments held for review after enough flags, longest
 * held first; a moderator restores each or hides it with a reason readers see in its place.
 */
@Named
@RequestScoped
public class ConsultationModerationPage {

    static final int MAX = 200;

    @Inject
    ConsultationModeration moderation;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private List<HeldComment> held = List.of();
    private Long comment;
    private Long consultation;
    private String reason;

    @PostConstruct
    void load() {
        held = moderation.held(MAX);
    }

    public void restore() {
        act(() -> moderation.restore(new ConsultationNumber(consultation), comment), "consultation.moderation.restored");
    }

    public void hide() {
        act(() -> moderation.hide(new ConsultationNumber(consultation), comment, reason), "consultation.moderation.hidden");
    }

    private void act(Runnable action, String done) {
        try {
            if (comment == null || consultation == null) {
                throw new org.civicvoice.participation.consultation.entity.UnknownComment();
            }
            action.run();
            messages.info(done);
            navigation.redirect("/consultation/moderation.xhtml");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public List<HeldComment> getHeld() {
        return held;
    }

    public Long getComment() {
        return comment;
    }

    public void setComment(Long comment) {
        this.comment = comment;
    }

    public Long getConsultation() {
        return consultation;
    }

    public void setConsultation(Long consultation) {
        this.consultation = consultation;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
