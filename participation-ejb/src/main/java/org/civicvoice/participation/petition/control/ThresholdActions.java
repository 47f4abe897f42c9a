package org.civicvoice.participation.petition.control;

import org.civicvoice.participation.petition.boundary.PetitionCaseTypes;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.petition.entity.EventKind;
import org.civicvoice.participation.petition.entity.Milestone;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.routing.boundary.CaseRouting;
import org.civicvoice.participation.routing.entity.CaseRequest;
import org.civicvoice.participation.routing.entity.CaseType;

import java.time.Instant;
import java.util.List;

/**
 * What follows a claimed threshold, in the claiming transaction: the step on the public timeline, an e-mail to
 * the administrators of the body the petition is addressed to and one to its author, and the request for a case
 * that routing opens once this transaction committed (a response from the body, or the petitions committee's
 * review).
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class ThresholdActions {

    @Inject
    PetitionTimeline timeline;

    @Inject
    Officials officials;

    @Inject
    Outbox outbox;

    @Inject
    CaseRouting routing;

    @Inject
    AuthorMail authorMail;

    public void reached(List<Milestone> claimed, Instant now) {
        for (Milestone milestone : claimed) {
            Petition petition = milestone.getPetition();
            timeline.record(petition, EventKind.THRESHOLD_REACHED, now, milestone.getConsequence().name(),
                    milestone.getSignatures());
            String link = outbox.link("/petition/view.xhtml?number=" + petition.getId());
            for (Officials.Recipient admin : officials.administratorsOf(new BodySlug(petition.getBody().getSlug()))) {
                outbox.queue(admin.email(), admin.language(),
                        "mail.petition.thresholdReached." + milestone.getConsequence().name(), petition.getTitle(),
                        milestone.getSignatures(), link);
            }
            authorMail.tell(petition, "mail.petition.authorThreshold." + milestone.getConsequence().name(),
                    milestone.getSignatures());
            CaseType type = switch (milestone.getConsequence()) {
                case BODY_RESPONSE, GOVERNMENT_RESPONSE -> PetitionCaseTypes.RESPONSE;
                case PARLIAMENT_REFERRAL, PARLIAMENT_DEBATE -> PetitionCaseTypes.PARLIAMENT_REVIEW;
            };
            routing.request(new CaseRequest(type, PetitionCaseTypes.item(petition.getId()),
                    petition.getTitle(), "/petition/view.xhtml?number=" + petition.getId(),
                    petition.getTopic() == null ? null : petition.getTopic().getSlug(),
                    petition.getRegion() == null ? null : petition.getRegion().getCode(),
                    petition.getBody().getSlug()));
        }
    }
}
