package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.PlainText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civicvoice.participation.organisation.entity.Region;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A person's account: citizen, official or administrator. Personal data is minimal and can be erased. */
@Entity
@Table(name = "idn_account")
public class Account {

    public static final int DISPLAY_NAME_LENGTH = 100;
    public static final int PASSWORD_HASH_LENGTH = 600;
    public static final int LANGUAGE_LENGTH = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_key", length = 36, nullable = false, unique = true, updatable = false)
    private String key;

    @Size(max = EmailAddress.MAX_LENGTH)
    @Column(name = "email", length = EmailAddress.MAX_LENGTH, unique = true)
    private String email;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Size(max = PASSWORD_HASH_LENGTH)
    @Column(name = "password_hash", length = PASSWORD_HASH_LENGTH)
    private String passwordHash;

    @Size(max = DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @NotNull
    @Size(max = LANGUAGE_LENGTH)
    @Column(name = "language", length = LANGUAGE_LENGTH, nullable = false)
    private String language = "en";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "assurance", length = 20, nullable = false)
    private AssuranceLevel assurance = AssuranceLevel.NONE;

    @Column(name = "eid_subject", length = 255, unique = true)
    private String eidSubject;

    @Column(name = "notify_updates", nullable = false)
    private boolean notifyUpdates = true;

    @Column(name = "notify_news", nullable = false)
    private boolean notifyNews;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "idn_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<PlatformRole> roles = new HashSet<>();

    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
    }

    public Account(EmailAddress email, String passwordHash, String displayName, Region region, String language,
                   Instant now) {
        this.key = AccountKey.random().value();
        this.email = email.value();
        this.passwordHash = passwordHash;
        this.displayName = nameOf(displayName);
        this.region = region;
        this.language = Objects.requireNonNull(language);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** An account made at the first sign-in through the national eID; the e-mail may be unknown. */
    public static Account fromEid(String subject, EmailAddress email, String displayName, Instant now) {
        Account account = new Account();
        account.key = AccountKey.random().value();
        account.email = email == null ? null : email.value();
        account.displayName = displayName == null ? null : PlainText.line(displayName);
        account.createdAt = Objects.requireNonNull(now);
        account.linkEid(subject, false, now);
        return account;
    }

    /** The national eID vouched for this person; their e-mail counts as verified if the eID says so. */
    public void linkEid(String subject, boolean emailVerifiedByEid, Instant now) {
        this.eidSubject = Objects.requireNonNull(subject);
        this.assurance = AssuranceLevel.EID_VERIFIED;
        if (emailVerifiedByEid && email != null && emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    /** The owner proved they read mail at this address. */
    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
        if (!assurance.atLeast(AssuranceLevel.EMAIL_VERIFIED)) {
            assurance = AssuranceLevel.EMAIL_VERIFIED;
        }
    }

    /** A new address, confirmed through a link sent to it, so it counts as verified. */
    public void changeEmail(EmailAddress newEmail, Instant now) {
        this.email = newEmail.value();
        this.emailVerifiedAt = now;
        verifyEmail(now);
    }

    /** A new password: sessions that signed in with an earlier generation no longer count. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.sessionGeneration++;
    }

    public void updateProfile(String displayName, Region region, String language, boolean notifyUpdates,
                              boolean notifyNews) {
        this.displayName = nameOf(displayName);
        this.region = region;
        this.language = Objects.requireNonNull(language);
        this.notifyUpdates = notifyUpdates;
        this.notifyNews = notifyNews;
    }

    /** The name as others will read it (see {@link PlainText}); a name of nothing but hidden characters is none. */
    private static String nameOf(String typed) {
        String name = PlainText.line(typed);
        if (name == null || name.isEmpty() || name.length() > DISPLAY_NAME_LENGTH) {
            throw new InvalidInput("displayName");
        }
        return name;
    }

    public void grant(PlatformRole role) {
        roles.add(role);
    }

    /** Takes the role away; the account's sessions end, so no session keeps a role it no longer has. */
    public void revoke(PlatformRole role) {
        if (roles.remove(role)) {
            sessionGeneration++;
        }
    }

    /**
     * Deletes the personal data and keeps an empty shell, so that what the person did stays counted
     * anonymously ("deleted account").
     */
    public void erase(Instant now) {
        email = null;
        emailVerifiedAt = null;
        passwordHash = null;
        displayName = null;
        region = null;
        eidSubject = null;
        notifyUpdates = false;
        notifyNews = false;
        roles.clear();
        status = AccountStatus.DELETED;
        deletedAt = now;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Long getId() {
        return id;
    }

    public AccountKey key() {
        return new AccountKey(key);
    }

    public String getKey() {
        return key;
    }

    public String getEidSubject() {
        return eidSubject;
    }

    public String getEmail() {
        return email;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Region getRegion() {
        return region;
    }

    public String getLanguage() {
        return language;
    }

    public AssuranceLevel getAssurance() {
        return assurance;
    }

    public boolean isNotifyUpdates() {
        return notifyUpdates;
    }

    public boolean isNotifyNews() {
        return notifyNews;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<PlatformRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(PlatformRole.class) : EnumSet.copyOf(roles);
    }

    /** Grows with every change of the password; a session signed in with a smaller one has ended. */
    public long getSessionGeneration() {
        return sessionGeneration;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && Objects.equals(key, account.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
