package org.civicvoice.participation.proposal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.proposal.control.ProposalFollowers;
import org.civicvoice.participation.proposal.control.SupportLedger;
import org.civicvoice.participation.proposal.entity.AlreadySupported;
import org.civicvoice.participation.proposal.entity.Proposal;
import org.civicvoice.participation.proposal.entity.ProposalNumber;
import org.civicvoice.participation.proposal.entity.ProposalSupport;
import org.civicvoice.participation.proposal.entity.UnknownProposal;
import org.civicvoice.participation.proposal.entity.WrongProposalState;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Verified citizens support published proposals and take their support back. One row per citizen: a second
 * support (a double click, two tabs, a retry) is {@link AlreadySupported}, never a second row or a second count.
 */
@Stateless
@RolesAllowed(Roles.VERIFIED)
public class ProposalSupporting {

    @PersistenceContext
    EntityManager em;

    @Inject
    MyAccount myAccount;

    @Inject
    SupportLedger ledger;

    @Inject
    ProposalFollowers followers;

    @Inject
    Clock clock;

    /** Supports the proposal; {@code follow} asks for mail about what happens to it. */
    public void support(ProposalNumber number, boolean follow) {
        Proposal proposal = supportable(number);
        Account me = myAccount.me();
        Instant now = clock.instant();
        Optional<ProposalSupport> existing = ledger.find(proposal.getId(), me.getId());
        if (existing.isPresent()) {
            if (!ledger.renew(existing.get(), now)) {
                throw new AlreadySupported();
            }
        } else {
            ledger.add(new ProposalSupport(proposal.getId(), me.getId(), now));
        }
        if (follow) {
            followers.follow(proposal.getId(), me.getId(), now);
        }
    }

    /** Takes the support back while the proposal is published; answers whether there was one to take back. */
    public boolean withdraw(ProposalNumber number) {
        Proposal proposal = supportable(number);
        Account me = myAccount.me();
        boolean withdrawn = ledger.withdraw(proposal.getId(), me.getId(), clock.instant());
        if (withdrawn) {
            followers.unfollow(proposal.getId(), me.getId());
        }
        return withdrawn;
    }

    /** Starts or stops mail about the proposal. */
    public void follow(ProposalNumber number, boolean follow) {
        Proposal proposal = em.find(Proposal.class, number.value());
        if (proposal == null || !proposal.isTextPublic()) {
            throw new UnknownProposal(number.toString());
        }
        Account me = myAccount.me();
        if (follow) {
            followers.follow(proposal.getId(), me.getId(), clock.instant());
        } else {
            followers.unfollow(proposal.getId(), me.getId());
        }
    }

    private Proposal supportable(ProposalNumber number) {
        Proposal proposal = em.find(Proposal.class, number.value());
        if (proposal == null || !proposal.isTextPublic()) {
            throw new UnknownProposal(number.toString());
        }
        if (!proposal.isSupportable()) {
            throw new WrongProposalState(proposal.getState().name());
        }
        return proposal;
    }
}
