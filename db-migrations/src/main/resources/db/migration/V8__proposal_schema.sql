-- Citizens' proposals addressed to a body: the proposals, one support per citizen (withdrawable), support counts
-- folded in batches from deltas, comments threaded one level, calls a body opens with the top proposals forwarded
-- once, the public timeline as bundle keys with arguments, and the supporters who asked for mail.

CREATE TABLE prp_call (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    body_id          BIGINT        NOT NULL,
    title            VARCHAR(150)  NOT NULL,
    question         VARCHAR(2000) NOT NULL,
    opens_at         DATETIME(6)   NOT NULL,
    closes_at        DATETIME(6)   NOT NULL,
    top_n            INT           NOT NULL,
    forward_body_id  BIGINT        NOT NULL,
    opened_by_id     BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    closed_at        DATETIME(6)   NULL,
    CONSTRAINT pk_prp_call PRIMARY KEY (id),
    CONSTRAINT fk_prp_call_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    CONSTRAINT fk_prp_call_forward FOREIGN KEY (forward_body_id) REFERENCES org_body (id),
    CONSTRAINT fk_prp_call_opened_by FOREIGN KEY (opened_by_id) REFERENCES idn_account (id),
    CONSTRAINT ck_prp_call_top CHECK (top_n BETWEEN 1 AND 100),
    CONSTRAINT ck_prp_call_dates CHECK (closes_at > opens_at),
    INDEX ix_prp_call_due (closed_at, closes_at),
    INDEX ix_prp_call_body (body_id, closes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE prp_proposal (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    author_id         BIGINT        NOT NULL,
    on_behalf_of      VARCHAR(200)  NULL,
    title             VARCHAR(150)  NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    change_text       TEXT          NOT NULL,
    reason_text       TEXT          NOT NULL,
    language          VARCHAR(8)    NOT NULL DEFAULT 'en',
    topic_id          BIGINT        NOT NULL,
    region_id         BIGINT        NULL,
    body_id           BIGINT        NOT NULL,
    call_id           BIGINT        NULL,
    state             VARCHAR(20)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    submitted_at      DATETIME(6)   NULL,
    published_at      DATETIME(6)   NULL,
    answered_at       DATETIME(6)   NULL,
    rejected_at       DATETIME(6)   NULL,
    rejection_reason  VARCHAR(30)   NULL,
    rejection_note    VARCHAR(2000) NULL,
    moderator_id      BIGINT        NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_prp_proposal PRIMARY KEY (id),
    CONSTRAINT fk_prp_proposal_author FOREIGN KEY (author_id) REFERENCES idn_account (id),
    CONSTRAINT fk_prp_proposal_topic FOREIGN KEY (topic_id) REFERENCES org_topic (id),
    CONSTRAINT fk_prp_proposal_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT fk_prp_proposal_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    CONSTRAINT fk_prp_proposal_call FOREIGN KEY (call_id) REFERENCES prp_call (id),
    CONSTRAINT fk_prp_proposal_moderator FOREIGN KEY (moderator_id) REFERENCES idn_account (id),
    CONSTRAINT ck_prp_proposal_kind CHECK (kind IN ('NEW_LAW', 'AMENDMENT', 'ADMINISTRATIVE_ACTION')),
    CONSTRAINT ck_prp_proposal_state CHECK (state IN ('DRAFT', 'IN_MODERATION', 'PUBLISHED', 'ANSWERED', 'REJECTED')),
    CONSTRAINT ck_prp_proposal_reason CHECK (rejection_reason IS NULL OR rejection_reason IN
        ('DUPLICATE', 'NOT_RESPONSIBLE', 'OFFENSIVE', 'DEFAMATORY', 'PERSONAL_CASE', 'UNCLEAR')),
    INDEX ix_prp_proposal_state_published (state, published_at),
    INDEX ix_prp_proposal_state_answered (state, answered_at),
    INDEX ix_prp_proposal_state_submitted (state, submitted_at),
    INDEX ix_prp_proposal_body_state (body_id, state),
    INDEX ix_prp_proposal_topic_state (topic_id, state),
    INDEX ix_prp_proposal_region_state (region_id, state),
    INDEX ix_prp_proposal_call (call_id, state),
    INDEX ix_prp_proposal_author (author_id),
    FULLTEXT INDEX ft_prp_proposal_text (title, change_text, reason_text)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per citizen and proposal: the unique key decides who supported first, so a double click or two tabs
-- never make two supports. Withdrawing changes the state; supporting again turns the same row back on.
CREATE TABLE prp_support (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    proposal_id   BIGINT      NOT NULL,
    account_id    BIGINT      NOT NULL,
    state         VARCHAR(12) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    counted_at    DATETIME(6) NULL,
    withdrawn_at  DATETIME(6) NULL,
    CONSTRAINT pk_prp_support PRIMARY KEY (id),
    CONSTRAINT uq_prp_support_account UNIQUE (proposal_id, account_id),
    CONSTRAINT fk_prp_support_proposal FOREIGN KEY (proposal_id) REFERENCES prp_proposal (id),
    CONSTRAINT fk_prp_support_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT ck_prp_support_state CHECK (state IN ('ACTIVE', 'WITHDRAWN')),
    INDEX ix_prp_support_account (account_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a support count is a delta row written with the change; a job folds them into the tally in
-- batches (SELECT ... FOR UPDATE SKIP LOCKED, add, delete), so the tally row is written once per batch.
CREATE TABLE prp_tally_delta (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    proposal_id BIGINT NOT NULL,
    n           INT    NOT NULL,
    CONSTRAINT pk_prp_tally_delta PRIMARY KEY (id),
    INDEX ix_prp_tally_delta_proposal (proposal_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE prp_tally (
    proposal_id BIGINT      NOT NULL,
    supports    INT         NOT NULL DEFAULT 0,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_prp_tally PRIMARY KEY (proposal_id),
    CONSTRAINT fk_prp_tally_proposal FOREIGN KEY (proposal_id) REFERENCES prp_proposal (id),
    INDEX ix_prp_tally_supports (supports)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE prp_comment (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    proposal_id    BIGINT      NOT NULL,
    parent_id      BIGINT      NULL,
    author_id      BIGINT      NOT NULL,
    text           TEXT        NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    hidden_at      DATETIME(6) NULL,
    hidden_reason  VARCHAR(30) NULL,
    hidden_by_id   BIGINT      NULL,
    CONSTRAINT pk_prp_comment PRIMARY KEY (id),
    CONSTRAINT fk_prp_comment_proposal FOREIGN KEY (proposal_id) REFERENCES prp_proposal (id),
    CONSTRAINT fk_prp_comment_parent FOREIGN KEY (parent_id) REFERENCES prp_comment (id),
    CONSTRAINT fk_prp_comment_author FOREIGN KEY (author_id) REFERENCES idn_account (id),
    CONSTRAINT fk_prp_comment_hidden_by FOREIGN KEY (hidden_by_id) REFERENCES idn_account (id),
    CONSTRAINT ck_prp_comment_reason CHECK (hidden_reason IS NULL OR hidden_reason IN
        ('OFFENSIVE', 'DEFAMATORY', 'SPAM', 'OFF_TOPIC', 'PERSONAL_DATA')),
    INDEX ix_prp_comment_proposal (proposal_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The top proposals of a closed call, forwarded once: the unique key keeps a second scan from recording again.
CREATE TABLE prp_forward (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    call_id       BIGINT      NOT NULL,
    proposal_id   BIGINT      NOT NULL,
    rank_no       INT         NOT NULL,
    supports      INT         NOT NULL,
    forwarded_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_prp_forward PRIMARY KEY (id),
    CONSTRAINT uq_prp_forward UNIQUE (call_id, proposal_id),
    CONSTRAINT fk_prp_forward_call FOREIGN KEY (call_id) REFERENCES prp_call (id),
    CONSTRAINT fk_prp_forward_proposal FOREIGN KEY (proposal_id) REFERENCES prp_proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A step of a proposal's timeline as a bundle key and its arguments (a JSON array), rendered in the
-- reader's language when shown.
CREATE TABLE prp_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    proposal_id  BIGINT        NOT NULL,
    message_key  VARCHAR(80)   NOT NULL,
    arguments    VARCHAR(2000) NULL,
    public_step  BOOLEAN       NOT NULL DEFAULT TRUE,
    occurred_at  DATETIME(6)   NOT NULL,
    case_step_id BIGINT        NULL,
    CONSTRAINT pk_prp_event PRIMARY KEY (id),
    CONSTRAINT fk_prp_event_proposal FOREIGN KEY (proposal_id) REFERENCES prp_proposal (id),
    CONSTRAINT uq_prp_event_case_step UNIQUE (case_step_id),
    INDEX ix_prp_event_proposal (proposal_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Supporters (and authors) who asked to hear by mail what happens to a proposal.
CREATE TABLE prp_follower (
    proposal_id BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_prp_follower PRIMARY KEY (proposal_id, account_id),
    CONSTRAINT fk_prp_follower_proposal FOREIGN KEY (proposal_id) REFERENCES prp_proposal (id),
    CONSTRAINT fk_prp_follower_account FOREIGN KEY (account_id) REFERENCES idn_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
