package org.civicvoice.participation.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civicvoice.participation.identity.entity.Account;

/** The parts of a profile its owner edits. */
public record ProfileChange(
        @NotBlank(message = "{validation.required}")
        @Size(max = Account.DISPLAY_NAME_LENGTH, message = "{validation.tooLong}") String displayName,
        String regionCode,
        @NotBlank(message = "{validation.required}") String language,
        boolean notifyUpdates,
        boolean notifyNews) {
}
