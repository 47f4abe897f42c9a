package org.civicvoice.participation.proposal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.proposal.boundary.Proposals;
import org.civicvoice.participation.proposal.entity.ProposalCard;

import java.util.List;

/** {@code proposal/mine.xhtml}: the citizen's own proposals, whatever their state, and the ones they support. */
@Named
@RequestScoped
public class ProposalMinePage {

    @Inject
    Proposals proposals;

    private List<ProposalCard> cards = List.of();
    private List<ProposalCard> supported = List.of();

    public void load() {
        cards = proposals.mine();
        supported = proposals.supportedByMe();
    }

    public List<ProposalCard> getCards() {
        return cards;
    }

    public List<ProposalCard> getSupported() {
        return supported;
    }
}
