package org.civicvoice.participation.identity.rest;

import org.civicvoice.participation.identity.entity.Account;

/** The request and answer bodies of the identity API. */
public final class IdentityDtos {

    private IdentityDtos() {
    }

    public record Credentials(String email, String password) {
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
