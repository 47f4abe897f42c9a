package org.civicvoice.participation.proposal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.proposal.boundary.ProposalModeration;
import org.civicvoice.participation.proposal.boundary.Proposals;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.proposal.entity.UnknownProposal;
import org.civicvoice.participation.proposal.entity.ModerationEntry;
import org.civicvoice.participation.proposal.entity.ProposalNumber;
import org.civicvoice.participation.proposal.entity.ProposalRejection;
import org.civicvoice.participation.shared.ResultPage;

import java.util.List;

/**
 * {@code proposal/moderation.xhtml}: the proposals waiting for moderation, longest waiting first, each published or
 * rejected with a coded reason. Each decision names the version read, so a proposal changed meanwhile is not
 * decided blindly.
 */
@Named
@RequestScoped
public class ProposalModerationPage {

    static final int PAGE_SIZE = 50;

    @Inject
    ProposalModeration moderation;

    @Inject
    Proposals proposals;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private ResultPage<ModerationEntry> queue = new ResultPage<>(List.of(), 0, 0, PAGE_SIZE);
    private String number;
    private Long version;
    private ProposalRejection reason;
    private String note;

    private Proposal chosen;

    /** The queue, and the proposal chosen with {@code ?number=} to decide on (with the version read). */
    public void load() {
        queue = moderation.queue(0, PAGE_SIZE);
        if (number != null && !number.isBlank()) {
            try {
                chosen = proposals.find(ProposalNumber.of(number));
                version = chosen.getVersion();
            } catch (UnknownProposal e) {
                navigation.notFound();
            }
        }
    }

    public Proposal getChosen() {
        return chosen;
    }

    public void publish() {
        decide(() -> moderation.publish(ProposalNumber.of(number), version == null ? -1 : version),
                "proposal.moderation.published");
    }

    public void reject() {
        decide(() -> moderation.reject(ProposalNumber.of(number), version == null ? -1 : version,
                reason == null ? ProposalRejection.UNCLEAR : reason, note), "proposal.moderation.rejectedDone");
    }

    private void decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            messages.info(doneKey);
            navigation.redirect("/proposal/moderation.xhtml");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public ResultPage<ModerationEntry> getQueue() {
        return queue;
    }

    public ProposalRejection[] getReasons() {
        return ProposalRejection.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public ProposalRejection getReason() {
        return reason;
    }

    public void setReason(ProposalRejection reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
