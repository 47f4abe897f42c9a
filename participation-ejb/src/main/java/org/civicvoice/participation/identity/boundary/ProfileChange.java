package org.civicvoice.participation.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civicvoice.participation.identity.entity.Account;

/** The parts of a profile its owner edits. */
public record ProfileChange(
        @NotBlank @Size(max = Account.DISPLAY_NAME_LENGTH) String displayName,
        String regionCode,
        @NotBlank String language,
        boolean notifyUpdates,
        boolean notifyNews) {
}
