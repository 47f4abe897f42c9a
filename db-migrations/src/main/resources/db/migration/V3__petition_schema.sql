-- Petitions: types with thresholds per body, petitions, signatures (append-only, one per signer),
-- tallies folded in batches from deltas, milestones claimed once, the public timeline, invalidations.
-- Identity: API access tokens of accounts.

CREATE TABLE pet_type (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    body_id           BIGINT       NOT NULL,
    code              VARCHAR(64)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    description       VARCHAR(1000) NULL,
    collection_days   INT          NOT NULL DEFAULT 182,
    sponsors_required INT          NOT NULL DEFAULT 5,
    min_assurance     VARCHAR(20)  NOT NULL DEFAULT 'EMAIL_VERIFIED',
    region_id         BIGINT       NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_pet_type PRIMARY KEY (id),
    CONSTRAINT uq_pet_type_code UNIQUE (body_id, code),
    CONSTRAINT fk_pet_type_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    CONSTRAINT fk_pet_type_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT ck_pet_type_assurance CHECK (min_assurance IN ('NONE', 'EMAIL_VERIFIED', 'EID_VERIFIED')),
    CONSTRAINT ck_pet_type_days CHECK (collection_days BETWEEN 1 AND 3660),
    CONSTRAINT ck_pet_type_sponsors CHECK (sponsors_required BETWEEN 0 AND 1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pet_type_threshold (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    type_id            BIGINT       NOT NULL,
    position           INT          NOT NULL,
    signatures         INT          NULL,
    population_percent DECIMAL(6,3) NULL,
    consequence        VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_pet_type_threshold PRIMARY KEY (id),
    CONSTRAINT uq_pet_type_threshold UNIQUE (type_id, position),
    CONSTRAINT fk_pet_type_threshold_type FOREIGN KEY (type_id) REFERENCES pet_type (id) ON DELETE CASCADE,
    CONSTRAINT ck_pet_type_threshold_size CHECK ((signatures IS NOT NULL AND signatures > 0)
                                                 OR (population_percent IS NOT NULL AND population_percent > 0)),
    CONSTRAINT ck_pet_type_threshold_consequence CHECK (consequence IN ('BODY_RESPONSE', 'GOVERNMENT_RESPONSE',
                                                                        'PARLIAMENT_REFERRAL', 'PARLIAMENT_DEBATE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pet_petition (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    type_id           BIGINT        NOT NULL,
    body_id           BIGINT        NOT NULL,
    topic_id          BIGINT        NOT NULL,
    region_id         BIGINT        NULL,
    author_id         BIGINT        NOT NULL,
    title             VARCHAR(150)  NOT NULL,
    action            VARCHAR(1000) NOT NULL,
    background        TEXT          NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    sponsor_code      CHAR(32)      NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    sponsoring_at     DATETIME(6)   NULL,
    moderation_at     DATETIME(6)   NULL,
    opened_at         DATETIME(6)   NULL,
    closes_at         DATETIME(6)   NULL,
    closed_at         DATETIME(6)   NULL,
    archived_at       DATETIME(6)   NULL,
    rejected_at       DATETIME(6)   NULL,
    rejection_reason  VARCHAR(30)   NULL,
    rejection_note    VARCHAR(2000) NULL,
    duplicate_of_id   BIGINT        NULL,
    withdrawn_at      DATETIME(6)   NULL,
    moderator_id      BIGINT        NULL,
    answered_at       DATETIME(6)   NULL,
    anonymised_at     DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_pet_petition PRIMARY KEY (id),
    CONSTRAINT uq_pet_petition_sponsor UNIQUE (sponsor_code),
    CONSTRAINT fk_pet_petition_type FOREIGN KEY (type_id) REFERENCES pet_type (id),
    CONSTRAINT fk_pet_petition_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    CONSTRAINT fk_pet_petition_topic FOREIGN KEY (topic_id) REFERENCES org_topic (id),
    CONSTRAINT fk_pet_petition_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT fk_pet_petition_author FOREIGN KEY (author_id) REFERENCES idn_account (id),
    CONSTRAINT fk_pet_petition_duplicate FOREIGN KEY (duplicate_of_id) REFERENCES pet_petition (id),
    CONSTRAINT fk_pet_petition_moderator FOREIGN KEY (moderator_id) REFERENCES idn_account (id),
    CONSTRAINT ck_pet_petition_state CHECK (state IN ('DRAFT', 'SPONSORING', 'MODERATION', 'OPEN', 'CLOSED',
                                                      'ARCHIVED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_pet_petition_reason CHECK (rejection_reason IS NULL OR rejection_reason IN
        ('DUPLICATE', 'NOT_RESPONSIBLE', 'OFFENSIVE', 'DEFAMATORY', 'ALREADY_ACTED_ON', 'PERSONAL_CASE', 'UNCLEAR')),
    INDEX ix_pet_petition_state_closes (state, closes_at),
    INDEX ix_pet_petition_state_opened (state, opened_at),
    INDEX ix_pet_petition_state_moderation (state, moderation_at),
    INDEX ix_pet_petition_body_state (body_id, state),
    INDEX ix_pet_petition_topic_state (topic_id, state),
    INDEX ix_pet_petition_region_state (region_id, state),
    INDEX ix_pet_petition_author (author_id),
    INDEX ix_pet_petition_closed (state, closed_at),
    FULLTEXT INDEX ft_pet_petition_text (title, action, background)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a petition must reach, copied from its type when it is submitted (a later change of the type does not
-- move the goalposts); reached_at is claimed once by a conditional update.
CREATE TABLE pet_milestone (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    petition_id BIGINT      NOT NULL,
    position    INT         NOT NULL,
    signatures  INT         NOT NULL,
    consequence VARCHAR(30) NOT NULL,
    reached_at  DATETIME(6) NULL,
    CONSTRAINT pk_pet_milestone PRIMARY KEY (id),
    CONSTRAINT uq_pet_milestone UNIQUE (petition_id, position),
    CONSTRAINT fk_pet_milestone_petition FOREIGN KEY (petition_id) REFERENCES pet_petition (id),
    INDEX ix_pet_milestone_open (reached_at, petition_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per signer and petition: the unique key is the person (a verified mailbox or an account), so a
-- double click, a retry or two tabs can never make two signatures.
CREATE TABLE pet_signature (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    petition_id   BIGINT       NOT NULL,
    signer_key    VARCHAR(80)  NOT NULL,
    account_id    BIGINT       NULL,
    name          VARCHAR(100) NULL,
    email         VARCHAR(254) NULL,
    email_domain  VARCHAR(254) NULL,
    region_code   VARCHAR(32)  NOT NULL DEFAULT '',
    language      VARCHAR(8)   NOT NULL DEFAULT 'en',
    ip            VARCHAR(45)  NULL,
    public_name   BOOLEAN      NOT NULL DEFAULT FALSE,
    notify        BOOLEAN      NOT NULL DEFAULT FALSE,
    sponsor       BOOLEAN      NOT NULL DEFAULT FALSE,
    status        VARCHAR(12)  NOT NULL,
    token_hash    CHAR(64)     NULL,
    created_at    DATETIME(6)  NOT NULL,
    counted_at    DATETIME(6)  NULL,
    withdrawn_at  DATETIME(6)  NULL,
    invalidation_id BIGINT     NULL,
    CONSTRAINT pk_pet_signature PRIMARY KEY (id),
    CONSTRAINT uq_pet_signature_signer UNIQUE (petition_id, signer_key),
    CONSTRAINT uq_pet_signature_token UNIQUE (token_hash),
    CONSTRAINT fk_pet_signature_petition FOREIGN KEY (petition_id) REFERENCES pet_petition (id),
    CONSTRAINT ck_pet_signature_status CHECK (status IN ('PENDING', 'VALID', 'WITHDRAWN', 'INVALIDATED')),
    INDEX ix_pet_signature_counted (petition_id, status, counted_at),
    INDEX ix_pet_signature_ip (petition_id, ip),
    INDEX ix_pet_signature_domain (petition_id, email_domain),
    INDEX ix_pet_signature_account (account_id),
    INDEX ix_pet_signature_pending (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a count is a delta row written in the transaction that changed a signature; a job folds
-- the deltas into the tallies in batches (SELECT ... FOR UPDATE SKIP LOCKED, add, delete), so the hot tally row
-- is written once per batch, not once per signature, and no change is lost or counted twice.
CREATE TABLE pet_tally_delta (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    petition_id BIGINT      NOT NULL,
    region_code VARCHAR(32) NOT NULL DEFAULT '',
    day         DATE        NOT NULL,
    n           INT         NOT NULL,
    CONSTRAINT pk_pet_tally_delta PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pet_tally (
    petition_id BIGINT      NOT NULL,
    signatures  INT         NOT NULL DEFAULT 0,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_pet_tally PRIMARY KEY (petition_id),
    CONSTRAINT fk_pet_tally_petition FOREIGN KEY (petition_id) REFERENCES pet_petition (id),
    INDEX ix_pet_tally_signatures (signatures)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pet_tally_region (
    petition_id BIGINT      NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    signatures  INT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_pet_tally_region PRIMARY KEY (petition_id, region_code),
    CONSTRAINT fk_pet_tally_region_petition FOREIGN KEY (petition_id) REFERENCES pet_petition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pet_tally_day (
    petition_id BIGINT NOT NULL,
    day         DATE   NOT NULL,
    signatures  INT    NOT NULL DEFAULT 0,
    CONSTRAINT pk_pet_tally_day PRIMARY KEY (petition_id, day),
    CONSTRAINT fk_pet_tally_day_petition FOREIGN KEY (petition_id) REFERENCES pet_petition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pet_invalidation (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    petition_id  BIGINT        NOT NULL,
    ip           VARCHAR(45)   NULL,
    email_domain VARCHAR(254)  NULL,
    signed_from  DATETIME(6)   NULL,
    signed_until DATETIME(6)   NULL,
    reason       VARCHAR(1000) NOT NULL,
    moderator_id BIGINT        NOT NULL,
    signatures   INT           NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT pk_pet_invalidation PRIMARY KEY (id),
    CONSTRAINT fk_pet_invalidation_petition FOREIGN KEY (petition_id) REFERENCES pet_petition (id),
    CONSTRAINT fk_pet_invalidation_moderator FOREIGN KEY (moderator_id) REFERENCES idn_account (id),
    INDEX ix_pet_invalidation_petition (petition_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pet_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    petition_id BIGINT        NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    detail      VARCHAR(2000) NULL,
    figure      INT           NULL,
    CONSTRAINT pk_pet_event PRIMARY KEY (id),
    CONSTRAINT fk_pet_event_petition FOREIGN KEY (petition_id) REFERENCES pet_petition (id),
    INDEX ix_pet_event_petition (petition_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idn_access_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    label       VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_idn_access_token PRIMARY KEY (id),
    CONSTRAINT uq_idn_access_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_idn_access_token_account FOREIGN KEY (account_id) REFERENCES idn_account (id) ON DELETE CASCADE,
    INDEX ix_idn_access_token_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
