-- Identity: accounts, platform roles, memberships of officials in government bodies, single-use tokens.
-- Notification: the outbox of e-mails, written in the same transaction as what they announce.

CREATE TABLE idn_account (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    account_key       CHAR(36)      NOT NULL,
    email             VARCHAR(254)  NULL,
    email_verified_at DATETIME(6)   NULL,
    password_hash     VARCHAR(600)  NULL,
    display_name      VARCHAR(100)  NULL,
    region_id         BIGINT        NULL,
    language          VARCHAR(8)    NOT NULL DEFAULT 'en',
    assurance         VARCHAR(20)   NOT NULL DEFAULT 'NONE',
    eid_subject       VARCHAR(255)  NULL,
    notify_updates    BOOLEAN       NOT NULL DEFAULT TRUE,
    notify_news       BOOLEAN       NOT NULL DEFAULT FALSE,
    status            VARCHAR(20)   NOT NULL DEFAULT 'ACTIVE',
    created_at        DATETIME(6)   NOT NULL,
    deleted_at        DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_idn_account PRIMARY KEY (id),
    CONSTRAINT uq_idn_account_key UNIQUE (account_key),
    CONSTRAINT uq_idn_account_email UNIQUE (email),
    CONSTRAINT uq_idn_account_eid UNIQUE (eid_subject),
    CONSTRAINT fk_idn_account_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT ck_idn_account_assurance CHECK (assurance IN ('NONE', 'EMAIL_VERIFIED', 'EID_VERIFIED')),
    CONSTRAINT ck_idn_account_status CHECK (status IN ('ACTIVE', 'DISABLED', 'DELETED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idn_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    CONSTRAINT pk_idn_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_idn_role_account FOREIGN KEY (account_id) REFERENCES idn_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_idn_role CHECK (role IN ('MODERATOR', 'PLATFORM_ADMIN')),
    INDEX ix_idn_role_role (role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idn_membership (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    account_id BIGINT       NOT NULL,
    body_id    BIGINT       NOT NULL,
    position   VARCHAR(120) NOT NULL,
    body_role  VARCHAR(20)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_idn_membership PRIMARY KEY (id),
    CONSTRAINT uq_idn_membership UNIQUE (account_id, body_id),
    CONSTRAINT fk_idn_membership_account FOREIGN KEY (account_id) REFERENCES idn_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_idn_membership_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    CONSTRAINT ck_idn_membership_role CHECK (body_role IN ('OFFICIAL', 'APPROVER', 'BODY_ADMIN')),
    INDEX ix_idn_membership_body (body_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idn_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)     NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    account_id  BIGINT       NULL,
    email       VARCHAR(254) NULL,
    body_id     BIGINT       NULL,
    position    VARCHAR(120) NULL,
    body_role   VARCHAR(20)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    CONSTRAINT pk_idn_token PRIMARY KEY (id),
    CONSTRAINT uq_idn_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_idn_token_account FOREIGN KEY (account_id) REFERENCES idn_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_idn_token_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    CONSTRAINT ck_idn_token_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL', 'INVITATION')),
    INDEX ix_idn_token_account (account_id, purpose),
    INDEX ix_idn_token_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ntf_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    claim           CHAR(36)      NULL,
    claimed_until   DATETIME(6)   NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    CONSTRAINT pk_ntf_outbox PRIMARY KEY (id),
    INDEX ix_ntf_outbox_due (sent_at, next_attempt_at),
    INDEX ix_ntf_outbox_claim (claim)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
