-- Consultations on draft laws: the consultation a body opens and closes at set dates, the versions of its text
-- with their units (each unit carries a stable key that later versions keep, and the eId of its version),
-- comments on the whole draft or on one unit with replies one level deep, one support per person and comment,
-- flags, and the public steps of the cases opened for comments that need an answer.

CREATE TABLE con_consultation (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    body_id              BIGINT        NOT NULL,
    topic_id             BIGINT        NOT NULL,
    region_id            BIGINT        NULL,
    title                VARCHAR(200)  NOT NULL,
    summary              VARCHAR(4000) NOT NULL,
    contact              VARCHAR(200)  NOT NULL,
    opens_at             DATETIME(6)   NOT NULL,
    closes_at            DATETIME(6)   NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    text_version         INT           NULL,
    created_by_id        BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    opened_at            DATETIME(6)   NULL,
    closed_at            DATETIME(6)   NULL,
    report_published_at  DATETIME(6)   NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_con_consultation PRIMARY KEY (id),
    CONSTRAINT fk_con_consultation_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    CONSTRAINT fk_con_consultation_topic FOREIGN KEY (topic_id) REFERENCES org_topic (id),
    CONSTRAINT fk_con_consultation_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT fk_con_consultation_created_by FOREIGN KEY (created_by_id) REFERENCES idn_account (id),
    CONSTRAINT ck_con_consultation_state CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED', 'REPORT_PUBLISHED')),
    CONSTRAINT ck_con_consultation_dates CHECK (closes_at > opens_at),
    INDEX ix_con_consultation_opening (state, opens_at),
    INDEX ix_con_consultation_closing (state, closes_at),
    INDEX ix_con_consultation_body (body_id, state),
    INDEX ix_con_consultation_topic (topic_id, state),
    INDEX ix_con_consultation_region (region_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A version of the draft as imported: its source kept as written, the style it was read in, and the text before
-- its first unit. Public from the moment it is published (version 1 when the consultation opens).
CREATE TABLE con_version (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id  BIGINT       NOT NULL,
    number           INT          NOT NULL,
    style            VARCHAR(12)  NOT NULL,
    source           MEDIUMTEXT   NOT NULL,
    preamble         TEXT         NOT NULL,
    imported_by_id   BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    published_at     DATETIME(6)  NULL,
    CONSTRAINT pk_con_version PRIMARY KEY (id),
    CONSTRAINT uq_con_version_number UNIQUE (consultation_id, number),
    CONSTRAINT fk_con_version_consultation FOREIGN KEY (consultation_id) REFERENCES con_consultation (id),
    CONSTRAINT fk_con_version_imported_by FOREIGN KEY (imported_by_id) REFERENCES idn_account (id),
    CONSTRAINT ck_con_version_style CHECK (style IN ('ESTONIAN', 'EU', 'KHMER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit of a version in document order. unit_key is the stable key a unit keeps across versions (comments are
-- attached to it); eid names it in this version (chp_1__sec_2__subsec_1).
CREATE TABLE con_unit (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version_id       BIGINT        NOT NULL,
    position         INT           NOT NULL,
    unit_key         CHAR(36)      NOT NULL,
    eid              VARCHAR(250)  NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    label            VARCHAR(60)   NOT NULL,
    number_base      INT           NOT NULL,
    number_inserted  INT           NOT NULL,
    heading          VARCHAR(500)  NOT NULL,
    text             TEXT          NOT NULL,
    notes            TEXT          NULL,
    depth            INT           NOT NULL,
    parent_position  INT           NOT NULL,
    CONSTRAINT pk_con_unit PRIMARY KEY (id),
    CONSTRAINT uq_con_unit_position UNIQUE (version_id, position),
    CONSTRAINT uq_con_unit_key UNIQUE (version_id, unit_key),
    CONSTRAINT uq_con_unit_eid UNIQUE (version_id, eid),
    CONSTRAINT fk_con_unit_version FOREIGN KEY (version_id) REFERENCES con_version (id),
    CONSTRAINT ck_con_unit_kind CHECK (kind IN ('PART', 'TITLE', 'CHAPTER', 'SECTION', 'DIVISION', 'ARTICLE',
        'SUBSECTION', 'PARAGRAPH', 'POINT', 'SUBPOINT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A comment on the whole draft (unit_key NULL) or on one unit, optionally quoting its words; a reply names its
-- comment (one level). version_number is the version the writer read. Plain text, escaped when shown.
CREATE TABLE con_comment (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id      BIGINT        NOT NULL,
    unit_key             CHAR(36)      NULL,
    version_number       INT           NOT NULL,
    parent_id            BIGINT        NULL,
    author_id            BIGINT        NOT NULL,
    on_behalf_of         VARCHAR(200)  NULL,
    quote                VARCHAR(1000) NULL,
    text                 TEXT          NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    answer_requested_at  DATETIME(6)   NULL,
    answer_requested_by  BIGINT        NULL,
    hidden_at            DATETIME(6)   NULL,
    hidden_reason        VARCHAR(500)  NULL,
    CONSTRAINT pk_con_comment PRIMARY KEY (id),
    CONSTRAINT fk_con_comment_consultation FOREIGN KEY (consultation_id) REFERENCES con_consultation (id),
    CONSTRAINT fk_con_comment_parent FOREIGN KEY (parent_id) REFERENCES con_comment (id),
    CONSTRAINT fk_con_comment_author FOREIGN KEY (author_id) REFERENCES idn_account (id),
    CONSTRAINT fk_con_comment_requested_by FOREIGN KEY (answer_requested_by) REFERENCES idn_account (id),
    INDEX ix_con_comment_unit (consultation_id, unit_key, hidden_at),
    INDEX ix_con_comment_created (consultation_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One support per person and comment: the unique key decides, never a check before inserting.
CREATE TABLE con_support (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    comment_id  BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_con_support PRIMARY KEY (id),
    CONSTRAINT uq_con_support UNIQUE (comment_id, account_id),
    CONSTRAINT fk_con_support_comment FOREIGN KEY (comment_id) REFERENCES con_comment (id),
    CONSTRAINT fk_con_support_account FOREIGN KEY (account_id) REFERENCES idn_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reader's flag on a comment with a reason, one per person and comment.
CREATE TABLE con_flag (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    comment_id  BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    reason      VARCHAR(30)  NOT NULL,
    note        VARCHAR(500) NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_con_flag PRIMARY KEY (id),
    CONSTRAINT uq_con_flag UNIQUE (comment_id, account_id),
    CONSTRAINT fk_con_flag_comment FOREIGN KEY (comment_id) REFERENCES con_comment (id),
    CONSTRAINT fk_con_flag_account FOREIGN KEY (account_id) REFERENCES idn_account (id),
    CONSTRAINT ck_con_flag_reason CHECK (reason IN ('OFFENSIVE', 'DEFAMATORY', 'SPAM', 'OFF_TOPIC', 'PERSONAL_DATA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public steps of the case about a comment, once each (the routing step's id is unique), as a bundle key
-- with its arguments (a JSON array) and what a person wrote.
CREATE TABLE con_comment_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    comment_id    BIGINT        NOT NULL,
    case_step_id  BIGINT        NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    message_key   VARCHAR(80)   NOT NULL,
    arguments     VARCHAR(2000) NULL,
    text          TEXT          NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    CONSTRAINT pk_con_comment_event PRIMARY KEY (id),
    CONSTRAINT uq_con_comment_event_step UNIQUE (case_step_id),
    CONSTRAINT fk_con_comment_event_comment FOREIGN KEY (comment_id) REFERENCES con_comment (id),
    INDEX ix_con_comment_event_comment (comment_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
