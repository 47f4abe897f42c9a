package org.civicvoice.participation.petition.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civicvoice.participation.petition.boundary.PetitionSigning;
import org.civicvoice.participation.petition.rest.PetitionDtos.OutcomeDto;
import org.civicvoice.participation.petition.rest.PetitionDtos.TokenDto;

/**
 * {@code /api/signature-withdrawals}: a signer without account withdraws with the token of the private link from the
 * confirmation mail, while the petition is open. Answers {@code WITHDRAWN}, or {@code ALREADY_WITHDRAWN} when sent
 * again; a closed petition answers 409.
 */
@Path("signature-withdrawals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignatureWithdrawalsResource {

    @Inject
    PetitionSigning signing;

    @POST
    public OutcomeDto withdraw(TokenDto token) {
        return OutcomeDto.of(signing.withdrawByLink(token == null ? null : token.token()));
    }
}
