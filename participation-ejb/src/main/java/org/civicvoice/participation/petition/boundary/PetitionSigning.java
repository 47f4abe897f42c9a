package org.civicvoice.participation.petition.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.petition.control.SignatureLedger;
import org.civicvoice.participation.petition.control.SignatureTally;
import org.civicvoice.participation.petition.control.SigningRules;
import org.civicvoice.participation.petition.entity.InvalidConfirmation;
import org.civicvoice.participation.petition.entity.InvalidWithdrawal;
import org.civicvoice.participation.petition.entity.NotSigned;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionNotSignable;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.PetitionState;
import org.civicvoice.participation.petition.entity.Signature;
import org.civicvoice.participation.petition.entity.SignatureRefused;
import org.civicvoice.participation.petition.entity.SignatureNotWithdrawable;
import org.civicvoice.participation.petition.entity.SignatureStatus;
import org.civicvoice.participation.petition.entity.SignatureWithdrawal;
import org.civicvoice.participation.petition.entity.SignerDetails;
import org.civicvoice.participation.petition.entity.SignerKey;
import org.civicvoice.participation.petition.entity.SigningOutcome;
import org.civicvoice.participation.petition.entity.UnknownPetition;
import org.civicvoice.participation.shared.Roles;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Signing a petition. One signature per person and petition, decided by the database's unique key; asking
 * again (a double click, a retry, a second tab) changes nothing and answers "signed". A signed-in citizen's
 * signature counts at once; a signer without account confirms by a link in an e-mail, on a page that confirms
 * with a POST, so that mail scanners fetching the link confirm nothing. The same mail carries a private link to
 * withdraw the signature while the petition is open, again by a POST from the page the link opens.
 */
@Stateless
@PermitAll
public class PetitionSigning {

    /** How long a confirmation link of a signer without account works. */
    public static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    MyAccount myAccount;

    @Inject
    Regions regions;

    @Inject
    SignatureLedger ledger;

    @Inject
    SigningRules rules;

    @Inject
    SignatureTally tally;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The signed-in citizen signs; {@code sponsorCode} comes from the author's private link while sponsoring. */
    @RolesAllowed(Roles.CITIZEN)
    public SigningOutcome sign(PetitionNumber number, boolean publicName, boolean notify, String sponsorCode, String ip) {
        Instant now = clock.instant();
        Petition petition = load(number);
        boolean sponsor = rules.requireSignable(petition, sponsorCode, now);
        Account account = myAccount.me();
        rules.requireEligible(petition.getType(), account.getAssurance(), account.getRegion());
        SignerKey key = keyOf(account);
        Optional<Signature> existing = ledger.find(petition.getId(), key);
        if (existing.isPresent()) {
            return again(existing.get(), now);
        }
        String domain = account.getEmail() == null ? null : SignerKey.domainOf(account.getEmail());
        rules.checkRate(ip, domain);
        ledger.add(new Signature(petition.getId(), key, account.getId(),
                new SignerDetails(account.getDisplayName(), account.getEmail(),
                        account.getRegion() == null ? null : account.getRegion().getCode(), publicName, notify),
                account.getLanguage(), ip, sponsor, SignatureStatus.VALID, null, now));
        rules.recordRate(ip, domain);
        return SigningOutcome.SIGNED;
    }

    /**
     * Someone without an account signs: the signature waits for the link sent to the mailbox. The answer is the
     * same whether or not this mailbox signed before (that mailbox gets a mail saying so), so the form cannot be
     * used to find out who signed.
     */
    public SigningOutcome signWithoutAccount(PetitionNumber number, SignerDetails signer, String sponsorCode, String ip,
                                             String language) {
        Instant now = clock.instant();
        Petition petition = load(number);
        boolean sponsor = rules.requireSignable(petition, sponsorCode, now);
        signer.requireComplete();
        Region region = regions.find(signer.regionCode());
        rules.requireEligible(petition.getType(), AssuranceLevel.EMAIL_VERIFIED, region);
        String domain = SignerKey.domainOf(signer.email());
        rules.checkRate(ip, domain);
        SignerKey key = SignerKey.ofMailbox(signer.email());
        Optional<Signature> existing = ledger.find(petition.getId(), key);
        String title = petition.getTitle();
        if (existing.isPresent() && existing.get().getStatus() == SignatureStatus.VALID) {
            outbox.queue(signer.email(), language, "mail.petition.signedBefore", title, link(petition));
        } else if (existing.isPresent() && existing.get().getStatus() == SignatureStatus.PENDING) {
            String token = newToken();
            ledger.renewPending(existing.get(), signer.name(), region.getCode(), signer.publicName(), signer.wantsNews(),
                    SignerKey.sha256(token), withdrawalHashOf(token));
            sendConfirmation(signer.email(), language, title, token);
        } else if (existing.isPresent()) {
            outbox.queue(signer.email(), language, "mail.petition.signedBefore", title, link(petition));
        } else {
            String token = newToken();
            ledger.add(new Signature(petition.getId(), key, null,
                    new SignerDetails(signer.name(), signer.email(), region.getCode(), signer.publicName(), signer.wantsNews()),
                    language, ip, sponsor, SignatureStatus.PENDING, SignerKey.sha256(token), now)
                    .withWithdrawalHash(withdrawalHashOf(token)));
            sendConfirmation(signer.email(), language, title, token);
        }
        rules.recordRate(ip, domain);
        return SigningOutcome.CONFIRMATION_SENT;
    }

    /** Confirms a signature from the link in its e-mail; following the link twice is fine. */
    public SigningOutcome confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidConfirmation();
        }
        Instant now = clock.instant();
        Signature signature = ledger.byToken(SignerKey.sha256(token.strip())).orElseThrow(InvalidConfirmation::new);
        if (signature.getStatus() == SignatureStatus.VALID) {
            return SigningOutcome.CONFIRMED;
        }
        if (signature.getStatus() != SignatureStatus.PENDING
                || signature.getCreatedAt().plus(CONFIRMATION_VALIDITY).isBefore(now)) {
            throw new InvalidConfirmation();
        }
        Petition petition = em.find(Petition.class, signature.getPetitionId());
        if (!petition.isOpenAt(now) && !(signature.isSponsor() && petition.getState() == PetitionState.SPONSORING)) {
            throw new PetitionNotSignable();
        }
        ledger.validate(signature, SignatureStatus.PENDING, now);
        return SigningOutcome.CONFIRMED;
    }

    /** The petition a confirmation link belongs to, so that the confirmation page can lead back to it. */
    public PetitionNumber petitionOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidConfirmation();
        }
        return ledger.byToken(SignerKey.sha256(token.strip()))
                .map(signature -> new PetitionNumber(signature.getPetitionId()))
                .orElseThrow(InvalidConfirmation::new);
    }

    /** What a private withdrawal link leads to, for the page it opens; opening it changes nothing. */
    public SignatureWithdrawal withdrawalOf(String secret) {
        Signature signature = byWithdrawalSecret(secret);
        Petition petition = em.find(Petition.class, signature.getPetitionId());
        return new SignatureWithdrawal(new PetitionNumber(petition.getId()), petition.getTitle(), petition.getState(),
                signature.getStatus() == SignatureStatus.WITHDRAWN, petition.isOpenAt(clock.instant()));
    }

    /**
     * A signer without account takes their signature back with the private link from the confirmation mail,
     * while the petition is open. The count drops once: a second request, or the link replayed, answers
     * {@link SigningOutcome#ALREADY_WITHDRAWN}. A signature not yet confirmed, which never counted, is withdrawn
     * too, and its confirmation link stops working.
     */
    public SigningOutcome withdrawByLink(String secret) {
        Instant now = clock.instant();
        Signature signature = byWithdrawalSecret(secret);
        if (signature.getStatus() == SignatureStatus.WITHDRAWN) {
            return SigningOutcome.ALREADY_WITHDRAWN;
        }
        Petition petition = em.find(Petition.class, signature.getPetitionId());
        if (!petition.isOpenAt(now)) {
            throw new SignatureNotWithdrawable();
        }
        boolean changed = switch (signature.getStatus()) {
            case VALID -> ledger.withdraw(signature, now);
            case PENDING -> ledger.withdrawPending(signature, now);
            case INVALIDATED -> throw new SignatureRefused();
            case WITHDRAWN -> false;
        };
        return changed ? SigningOutcome.WITHDRAWN : SigningOutcome.ALREADY_WITHDRAWN;
    }

    /** The signed-in citizen takes their signature back while the petition is open. */
    @RolesAllowed(Roles.CITIZEN)
    public void withdraw(PetitionNumber number) {
        Instant now = clock.instant();
        Petition petition = load(number);
        if (!petition.isOpenAt(now)) {
            throw new PetitionNotSignable();
        }
        Signature signature = ledger.find(petition.getId(), keyOf(myAccount.me()))
                .filter(s -> s.getStatus() == SignatureStatus.VALID)
                .orElseThrow(NotSigned::new);
        ledger.withdraw(signature, now);
    }

    /** The caller's signature on the petition, if they signed and it counts. */
    @RolesAllowed(Roles.CITIZEN)
    public Optional<Signature> mine(PetitionNumber number) {
        return ledger.find(number.value(), keyOf(myAccount.me()))
                .filter(s -> s.getStatus() == SignatureStatus.VALID);
    }

    /**
     * The petition's count with the caller's own signature in it, if they signed and it counts: right after
     * signing the tally may not have folded it yet, so the deltas still waiting are added (never a guess).
     */
    @RolesAllowed(Roles.CITIZEN)
    public OptionalInt countWithMine(PetitionNumber number) {
        return mine(number).isPresent() ? OptionalInt.of(tally.current(number.value())) : OptionalInt.empty();
    }

    /** One mailbox is one signer, whether it signs with an account or without; an eID-only account is its own key. */
    static SignerKey keyOf(Account account) {
        return account.getEmail() != null && account.isEmailVerified()
                ? SignerKey.ofMailbox(account.getEmail())
                : SignerKey.ofAccount(account.getKey());
    }

    private SigningOutcome again(Signature signature, Instant now) {
        return switch (signature.getStatus()) {
            case VALID -> SigningOutcome.ALREADY_SIGNED;
            case WITHDRAWN, PENDING -> ledger.validate(signature, signature.getStatus(), now)
                    ? SigningOutcome.SIGNED : SigningOutcome.ALREADY_SIGNED;
            case INVALIDATED -> throw new SignatureRefused();
        };
    }

    private void sendConfirmation(String email, String language, String title, String token) {
        outbox.queue(email, language, "mail.petition.confirm", title, outbox.link("/petition/confirm.xhtml?token=" + token),
                CONFIRMATION_VALIDITY.toDays(),
                outbox.link("/petition/withdraw.xhtml?token=" + SignerKey.withdrawalSecret(token)));
    }

    private static String withdrawalHashOf(String confirmationToken) {
        return SignerKey.sha256(SignerKey.withdrawalSecret(confirmationToken));
    }

    private Signature byWithdrawalSecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new InvalidWithdrawal();
        }
        return ledger.byWithdrawalHash(SignerKey.sha256(secret.strip())).orElseThrow(InvalidWithdrawal::new);
    }

    private String link(Petition petition) {
        return outbox.link("/petition/view.xhtml?number=" + petition.getId());
    }

    private Petition load(PetitionNumber number) {
        Petition petition = em.find(Petition.class, number.value());
        if (petition == null || petition.getState() == null) {
            throw new UnknownPetition(number.toString());
        }
        return petition;
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
