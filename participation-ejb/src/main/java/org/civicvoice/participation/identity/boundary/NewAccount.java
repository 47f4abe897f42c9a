package org.civicvoice.participation.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civicvoice.participation.identity.control.Passwords;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.EmailAddress;

/** What a citizen gives to register; the region is optional (it lets their signatures count per region). */
public record NewAccount(
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.tooLong}") String email,
        @NotBlank(message = "{validation.required}")
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "{validation.password}") String password,
        @NotBlank(message = "{validation.required}")
        @Size(max = Account.DISPLAY_NAME_LENGTH, message = "{validation.tooLong}") String displayName,
        String regionCode,
        String language) {
}
