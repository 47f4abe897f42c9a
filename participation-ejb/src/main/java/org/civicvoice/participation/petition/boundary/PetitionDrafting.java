package org.civicvoice.participation.petition.boundary;

import org.civicvoice.participation.petition.entity.PetitionStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.petition.control.AuthorMail;
import org.civicvoice.participation.petition.control.Milestones;
import org.civicvoice.participation.petition.control.PetitionTimeline;
import org.civicvoice.participation.petition.control.SignatureLedger;
import org.civicvoice.participation.petition.control.SignatureTally;
import org.civicvoice.participation.petition.control.SigningRules;
import org.civicvoice.participation.petition.entity.EventKind;
import org.civicvoice.participation.petition.entity.InvalidPetition;
import org.civicvoice.participation.petition.entity.NotPetitionAuthor;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionDraft;
import org.civicvoice.participation.petition.entity.PetitionNumber;
import org.civicvoice.participation.petition.entity.PetitionType;
import org.civicvoice.participation.petition.entity.Signature;
import org.civicvoice.participation.petition.entity.SignatureStatus;
import org.civicvoice.participation.petition.entity.SignerDetails;
import org.civicvoice.participation.petition.entity.UnknownPetition;
import org.civicvoice.participation.organisation.entity.ChangedMeanwhile;
import org.civicvoice.participation.shared.ReaderLanguage;
import org.civicvoice.participation.shared.Roles;

import java.time.Clock;
import java.time.Instant;

/**
 * An author's work on a petition: write and revise the draft, share it with sponsors (the author's own
 * signature comes first), and withdraw it. Only citizens with a verified e-mail or eID write petitions.
 */
@Stateless
@RolesAllowed(Roles.VERIFIED)
public class PetitionDrafting {

    @PersistenceContext
    EntityManager em;

    @Inject
    GovernmentBodies bodies;

    @Inject
    AuthorMail authorMail;

    @Inject
    MyAccount myAccount;

    @Inject
    Petitions petitions;

    @Inject
    Topics topics;

    @Inject
    Regions regions;

    @Inject
    Milestones milestones;

    @Inject
    SignatureLedger ledger;

    @Inject
    SignatureTally tally;

    @Inject
    SigningRules rules;

    @Inject
    PetitionTimeline timeline;

    @Inject
    ReaderLanguage reader;

    @Inject
    Clock clock;

    /** A new draft of the caller's; the answer says where it stands. */
    public PetitionStatus create(PetitionDraft draft) {
        Account author = myAccount.me();
        Choice choice = choose(draft);
        Instant now = clock.instant();
        Petition petition = new Petition(choice.type(), choice.body(), choice.topic(), choice.region(), author,
                draft.text(), reader.tag(), now);
        em.persist(petition);
        em.flush();
        tally.open(petition.getId(), now);
        timeline.record(petition, EventKind.CREATED, now, null, null);
        return PetitionStatus.of(petition, true);
    }

    /** Changes a draft; a stale version (edited meanwhile in another tab) is refused, not overwritten. */
    public PetitionStatus revise(PetitionNumber number, PetitionDraft draft, long version) {
        Petition petition = own(number);
        if (petition.getVersion() != version) {
            throw new ChangedMeanwhile();
        }
        Choice choice = choose(draft);
        petition.revise(choice.type(), choice.body(), choice.topic(), choice.region(), draft.text());
        return statusOf(petition);
    }

    /**
     * Shares the draft with sponsors: the author signs first, the thresholds are fixed from the type, and when
     * the type needs no sponsors the petition goes straight to moderation.
     */
    public PetitionStatus startSponsoring(PetitionNumber number) {
        Petition petition = own(number);
        Instant now = clock.instant();
        petition.startSponsoring(now);
        Account author = petition.getAuthor();
        rules.requireEligible(petition.getType(), author.getAssurance(), author.getRegion());
        milestones.plan(petition);
        ledger.add(new Signature(petition.getId(), PetitionSigning.keyOf(author), author.getId(),
                new SignerDetails(author.getDisplayName(), author.getEmail(),
                        author.getRegion() == null ? null : author.getRegion().getCode(), false, true),
                author.getLanguage(), null, false, SignatureStatus.VALID, null, now));
        timeline.record(petition, EventKind.SPONSORING, now, null, petition.getType().getSponsorsRequired());
        if (petition.getType().getSponsorsRequired() == 0) {
            em.flush();
            if (milestones.toModeration(petition.getId(), now)) {
                timeline.record(petition, EventKind.MODERATION, now, null, null);
                authorMail.tell(petition, "mail.petition.moderation");
            }
            em.refresh(petition);
        }
        return statusOf(petition);
    }

    public PetitionStatus withdraw(PetitionNumber number) {
        Petition petition = own(number);
        petition.withdraw(clock.instant());
        timeline.record(petition, EventKind.WITHDRAWN, clock.instant(), null, null);
        return statusOf(petition);
    }

    /** The author's petition as this transaction leaves it, with the version its next edit names. */
    private PetitionStatus statusOf(Petition petition) {
        em.flush();
        return PetitionStatus.of(petition, true);
    }

    private Petition own(PetitionNumber number) {
        Petition petition = em.find(Petition.class, number.value());
        if (petition == null) {
            throw new UnknownPetition(number.toString());
        }
        if (!petition.isAuthoredBy(myAccount.me())) {
            throw new NotPetitionAuthor();
        }
        return petition;
    }

    private Choice choose(PetitionDraft draft) {
        if (draft.body() == null || draft.body().isBlank()) {
            throw new InvalidPetition("petition.draft.bodyNeeded");
        }
        BodySlug bodySlug;
        try {
            bodySlug = new BodySlug(draft.body());
        } catch (IllegalArgumentException e) {
            throw new InvalidPetition("petition.draft.bodyNeeded");
        }
        PetitionType type = petitions.typesFor(bodySlug).stream()
                .filter(t -> t.getCode().equals(draft.type()))
                .findFirst()
                .orElseThrow(() -> new InvalidPetition("petition.draft.typeNeeded"));
        Body body = bodies.find(bodySlug);
        if (draft.topic() == null || draft.topic().isBlank()) {
            throw new InvalidPetition("petition.draft.topicNeeded");
        }
        Topic topic = topics.find(draft.topic());
        Region region = draft.region() == null || draft.region().isBlank() ? null : regions.find(draft.region());
        if (type.getRegion() != null) {
            if (region == null) {
                region = type.getRegion();
            } else if (!region.isWithin(type.getRegion())) {
                throw new InvalidPetition("petition.draft.regionOutside", type.getRegion().getName());
            }
        }
        draft.text();
        return new Choice(type, body, topic, region);
    }

    private record Choice(PetitionType type, Body body, Topic topic, Region region) {
    }
}
