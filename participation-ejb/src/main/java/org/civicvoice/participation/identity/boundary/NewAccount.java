package org.civicvoice.participation.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civicvoice.participation.identity.control.Passwords;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.EmailAddress;

/** What a citizen gives to register; the region is optional (it lets their signatures count per region). */
public record NewAccount(
        @NotBlank @Email @Size(max = EmailAddress.MAX_LENGTH) String email,
        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String password,
        @NotBlank @Size(max = Account.DISPLAY_NAME_LENGTH) String displayName,
        String regionCode,
        String language) {
}
