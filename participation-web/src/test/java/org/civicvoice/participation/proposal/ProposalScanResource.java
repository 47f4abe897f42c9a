package org.civicvoice.participation.proposal;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civicvoice.participation.proposal.boundary.ProposalCalls;

/**
 * {@code POST /api/test-proposal-scan}: runs the scan that closes due calls now, as the schedule would, and answers
 * how many calls this run closed. Exists only in the deployment of {@link ProposalsIT}, so that two scans can be
 * started at the same moment.
 */
@Path("test-proposal-scan")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalScanResource {

    @Inject
    ProposalCalls calls;

    @POST
    public String scan() {
        return "{\"closed\":" + calls.closeDue() + "}";
    }
}
