package org.civicvoice.participation.identity.rest;

import org.civicvoice.participation.identity.boundary.NewAccount;
import org.civicvoice.participation.identity.boundary.ProfileChange;
import org.civicvoice.participation.identity.boundary.IssuedAccessToken;
import org.civicvoice.participation.identity.entity.AccessToken;
import org.civicvoice.participation.identity.entity.Account;

import java.time.Instant;

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

    /** A request for a personal access token: what it is for and for how many days it works. */
    public record AccessTokenRequestDto(String label, Integer days, String currentPassword) {
    }

    /** A token just issued: the secret appears here and never again. */
    public record IssuedAccessTokenDto(Long id, String token, Instant expiresAt) {

        public static IssuedAccessTokenDto of(IssuedAccessToken issued) {
            return new IssuedAccessTokenDto(issued.token().getId(), issued.secret(), issued.token().getExpiresAt());
        }
    }

    public record AccessTokenDto(Long id, String label, Instant createdAt, Instant expiresAt) {

        public static AccessTokenDto of(AccessToken token) {
            return new AccessTokenDto(token.getId(), token.getLabel(), token.getCreatedAt(), token.getExpiresAt());
        }
    }
}
