package org.civicvoice.participation.petition.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.petition.entity.NotEligibleToSign;
import org.civicvoice.participation.petition.entity.Petition;
import org.civicvoice.participation.petition.entity.PetitionNotSignable;
import org.civicvoice.participation.petition.entity.PetitionState;
import org.civicvoice.participation.petition.entity.PetitionType;
import org.civicvoice.participation.shared.AttemptThrottle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Who may sign what, and how often: the petition takes signatures (open, or collecting sponsors with the right
 * link), the signer's identity level and region meet the petition type's rules, and neither the signer's IP
 * address nor their e-mail domain has signed too much in the last hour.
 */
@Dependent
public class SigningRules {

    private static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    AttemptThrottle throttle;

    @Inject
    @ConfigProperty(name = "participation.signing.limit-per-ip", defaultValue = "100")
    int limitPerIp;

    @Inject
    @ConfigProperty(name = "participation.signing.limit-per-domain", defaultValue = "2000")
    int limitPerDomain;

    /** Answers whether the signature is a sponsor's; refuses when the petition takes no signature now. */
    public boolean requireSignable(Petition petition, String sponsorCode, Instant now) {
        if (petition.getState() == PetitionState.SPONSORING && petition.acceptsSponsorCode(sponsorCode)) {
            return true;
        }
        if (petition.isOpenAt(now)) {
            return false;
        }
        throw new PetitionNotSignable();
    }

    public void requireEligible(PetitionType type, AssuranceLevel signer, Region signerRegion) {
        if (!signer.atLeast(type.getMinAssurance())) {
            throw new NotEligibleToSign("petition.sign.assurance." + type.getMinAssurance().name());
        }
        if (type.getRegion() != null && (signerRegion == null || !signerRegion.isWithin(type.getRegion()))) {
            throw new NotEligibleToSign("petition.sign.region");
        }
    }

    /** Refuses when the address or the domain reached its hourly limit. */
    public void checkRate(String ip, String domain) {
        if (ip != null) {
            throttle.check("sign-ip:" + ip, limitPerIp, WINDOW);
        }
        if (domain != null) {
            throttle.check("sign-domain:" + domain, limitPerDomain, WINDOW);
        }
    }

    public void recordRate(String ip, String domain) {
        if (ip != null) {
            throttle.record("sign-ip:" + ip, WINDOW);
        }
        if (domain != null) {
            throttle.record("sign-domain:" + domain, WINDOW);
        }
    }
}
