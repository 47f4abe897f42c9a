package org.civicvoice.participation.identity.rest;

import org.civicvoice.participation.identity.boundary.NewAccount;
import org.civicvoice.participation.identity.boundary.ProfileChange;
import org.civicvoice.participation.identity.entity.Account;

/** The request and answer bodies of the identity API. */
public final class IdentityDtos {

    private IdentityDtos() {
    }

    public record Credentials(String email, String password) {
    }

    /** Validated by the boundary; kept free of constraint annotations for the OpenAPI document. */
    public record RegistrationDto(String email, String password, String displayName, String regionCode,
                                  String language) {

        public NewAccount toNewAccount() {
            return new NewAccount(email, password, displayName, regionCode, language);
        }
    }

    public record ProfileDto(String displayName, String regionCode, String language, boolean notifyUpdates,
                             boolean notifyNews) {

        public ProfileChange toChange() {
            return new ProfileChange(displayName, regionCode, language, notifyUpdates, notifyNews);
        }
    }

    public record SessionDto(String accountKey, String csrfToken) {
    }

    public record TokenDto(String token) {
    }

    public record NewPasswordDto(String token, String password) {
    }

    public record PasswordChangeDto(String currentPassword, String newPassword) {
    }

    public record EmailChangeDto(String newEmail, String currentPassword) {
    }

    public record EmailDto(String email) {
    }

    public record PasswordDto(String password) {
    }

    public record InvitationDto(String email, String position, String role) {
    }

    public record AcceptanceDto(String token, String password, String displayName) {
    }

    public record OfficialDto(String accountKey, String displayName, String position, String role) {
    }

    public record AccountDto(String accountKey, String email, boolean emailVerified, String displayName,
                             String region, String language, String assurance, boolean notifyUpdates,
                             boolean notifyNews) {

        public static AccountDto of(Account account) {
            return new AccountDto(account.getKey(), account.getEmail(), account.isEmailVerified(),
                    account.getDisplayName(), account.getRegion() == null ? null : account.getRegion().getCode(),
                    account.getLanguage(), account.getAssurance().name(), account.isNotifyUpdates(),
                    account.isNotifyNews());
        }
    }
}
