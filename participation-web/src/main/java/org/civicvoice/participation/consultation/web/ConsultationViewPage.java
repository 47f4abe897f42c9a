package org.civicvoice.participation.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.consultation.boundary.ConsultationDocuments;
import org.civicvoice.participation.consultation.boundary.ConsultationFollowing;
import org.civicvoice.participation.consultation.boundary.ConsultationReports;
import org.civicvoice.participation.consultation.boundary.Consultations;
import org.civicvoice.participation.consultation.entity.CommentView;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationDocument;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ConsultationState;
import org.civicvoice.participation.consultation.entity.ReportFigures;
import org.civicvoice.participation.consultation.entity.UnitView;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.VersionStructure;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code consultation/view.xhtml?number=n}: a public consultation, its text unit by unit with the number of
 * comments beside each (one query for all units) and, while it is open, a link to comment on each unit or on the
 * whole draft ({@link ConsultationCommentPage}); once the report is published, its figures and every comment with
 * its disposition, reason and a link to the unit it changed (in the comparison with the version before when a
 * newer version changed it). Signed-in readers may follow it; anonymous readers get no session: the view is
 * transient for them.
 */
@Named
@RequestScoped
public class ConsultationViewPage {

    @Inject
    Consultations consultations;

    @Inject
    ConsultationReports reports;

    @Inject
    ConsultationFollowing following;

    @Inject
    Navigation navigation;

    @Inject
    ConsultationDocuments attachedDocuments;

    @Inject
    Messages messages;

    private String number;
    private Consultation consultation;
    private VersionStructure structure;
    private ReportFigures figures;
    private List<CommentView> comments = List.of();
    private Map<String, UnitView> units = Map.of();
    private Boolean follows;
    private List<ConsultationDocument> documents = List.of();

    public void load() {
        try {
            ConsultationNumber parsed = ConsultationNumber.of(number);
            consultation = consultations.find(parsed);
            documents = attachedDocuments.documents(parsed);
            if (consultation.getTextVersion() != null) {
                structure = consultations.structure(parsed, consultation.getTextVersion());
                units = structure.units().stream().collect(Collectors.toMap(UnitView::key, Function.identity()));
            }
            if (consultation.getState() == ConsultationState.REPORT_PUBLISHED) {
                figures = reports.figures(parsed);
                comments = consultations.comments(parsed, null);
            }
        } catch (UnknownConsultation | IllegalArgumentException e) {
            navigation.notFound();
        }
    }

    public void follow() {
        act(true);
    }

    public void unfollow() {
        act(false);
    }

    private void act(boolean follow) {
        try {
            ConsultationNumber parsed = ConsultationNumber.of(number);
            if (follow) {
                following.follow(parsed);
            } else {
                following.unfollow(parsed);
            }
            messages.info(follow ? "consultation.view.followed" : "consultation.view.unfollowed");
            navigation.redirect("/consultation/view.xhtml?number=" + parsed);
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** Whether the signed-in reader follows the consultation. */
    public boolean isFollowing() {
        if (follows == null) {
            follows = consultation != null && following.follows(ConsultationNumber.of(number));
        }
        return follows;
    }

    /** The label of the unit a comment is on in the current text, or null for the whole draft or a unit gone. */
    public String unitLabel(String key) {
        UnitView unit = key == null ? null : units.get(key);
        return unit == null ? null : unit.label();
    }

    public String unitEId(String key) {
        UnitView unit = key == null ? null : units.get(key);
        return unit == null ? null : unit.eId();
    }

    /** The bar length of a count in its figure, as a share of the largest. */
    public long max(List<ReportFigures.Count> counts) {
        return ReportFigures.max(counts);
    }

    /** The documents attached to the consultation, oldest first. */
    public List<ConsultationDocument> getDocuments() {
        return documents;
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

    public ReportFigures getFigures() {
        return figures;
    }

    public List<CommentView> getComments() {
        return comments;
    }
}
