package org.civicvoice.participation.petition.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.civicvoice.participation.petition.entity.AlreadySigned;
import org.civicvoice.participation.petition.entity.SigningOutcome;
import org.civicvoice.participation.petition.rest.PetitionDtos.OutcomeDto;

/**
 * A racing request of the same signer won the unique key: for the person asking that is success, the same
 * answer as signing again ({@code 200 ALREADY_SIGNED}), not a conflict.
 */
@Provider
public class AlreadySignedMapper implements ExceptionMapper<AlreadySigned> {

    @Override
    public Response toResponse(AlreadySigned raced) {
        return Response.ok(OutcomeDto.of(SigningOutcome.ALREADY_SIGNED), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
