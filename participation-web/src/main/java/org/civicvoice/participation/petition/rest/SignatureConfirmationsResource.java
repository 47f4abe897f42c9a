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

/** {@code /api/signature-confirmations}: a signer without account confirms with the token from the mail; twice is fine. */
@Path("signature-confirmations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignatureConfirmationsResource {

    @Inject
    PetitionSigning signing;

    @POST
    public OutcomeDto confirm(TokenDto token) {
        return OutcomeDto.of(signing.confirm(token == null ? null : token.token()));
    }
}
