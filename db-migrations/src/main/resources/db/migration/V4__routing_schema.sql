-- Routing: every item that needs an answer becomes a case, routed by versioned rules to a body, worked on
-- there with a due date in working days, reminded and escalated by a scan of due columns, answered with four
-- eyes, and traced step by step.

-- A rule keeps its number across edits; each edit is a new version, and a case records the version that routed it.
CREATE TABLE rte_rule (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    created_at  DATETIME(6) NOT NULL,
    retired_at  DATETIME(6) NULL,
    CONSTRAINT pk_rte_rule PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rte_rule_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    rule_id       BIGINT       NOT NULL,
    version       INT          NOT NULL,
    case_type     VARCHAR(30)  NULL,
    topic_id      BIGINT       NULL,
    region_id     BIGINT       NULL,
    body_id       BIGINT       NOT NULL,
    priority      INT          NOT NULL DEFAULT 0,
    note          VARCHAR(500) NULL,
    author_id     BIGINT       NULL,
    created_at    DATETIME(6)  NOT NULL,
    superseded_at DATETIME(6)  NULL,
    CONSTRAINT pk_rte_rule_version PRIMARY KEY (id),
    CONSTRAINT uq_rte_rule_version UNIQUE (rule_id, version),
    CONSTRAINT fk_rte_rule_version_rule FOREIGN KEY (rule_id) REFERENCES rte_rule (id),
    CONSTRAINT fk_rte_rule_version_topic FOREIGN KEY (topic_id) REFERENCES org_topic (id),
    CONSTRAINT fk_rte_rule_version_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT fk_rte_rule_version_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    CONSTRAINT fk_rte_rule_version_author FOREIGN KEY (author_id) REFERENCES idn_account (id),
    INDEX ix_rte_rule_version_current (superseded_at, priority)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Time to answer per case type, for one body or (body_id NULL) for every body without its own row.
CREATE TABLE rte_deadline (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    case_type       VARCHAR(30) NOT NULL,
    body_id         BIGINT      NULL,
    working_days    INT         NOT NULL,
    reminder_days   INT         NOT NULL,
    escalation_days INT         NOT NULL,
    CONSTRAINT pk_rte_deadline PRIMARY KEY (id),
    CONSTRAINT uq_rte_deadline UNIQUE (case_type, body_id),
    CONSTRAINT fk_rte_deadline_body FOREIGN KEY (body_id) REFERENCES org_body (id) ON DELETE CASCADE,
    CONSTRAINT ck_rte_deadline_days CHECK (working_days > 0 AND reminder_days >= 0 AND escalation_days > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO rte_deadline (case_type, body_id, working_days, reminder_days, escalation_days) VALUES
    ('PETITION_RESPONSE', NULL, 20, 3, 5),
    ('PARLIAMENT_REVIEW', NULL, 40, 5, 10),
    ('PROPOSAL', NULL, 20, 3, 5),
    ('CONSULTATION_COMMENT', NULL, 15, 2, 5),
    ('BUDGET_FEASIBILITY', NULL, 30, 5, 5);

CREATE TABLE rte_holiday (
    day  DATE         NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_rte_holiday PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How a body's queue hands out new cases: by hand (default) or to the least-loaded official, optionally of one position.
CREATE TABLE rte_queue_setting (
    body_id       BIGINT       NOT NULL,
    auto_assign   BOOLEAN      NOT NULL DEFAULT FALSE,
    position      VARCHAR(120) NULL,
    CONSTRAINT pk_rte_queue_setting PRIMARY KEY (body_id),
    CONSTRAINT fk_rte_queue_setting_body FOREIGN KEY (body_id) REFERENCES org_body (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rte_case (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    case_type         VARCHAR(30)   NOT NULL,
    item_kind         VARCHAR(30)   NOT NULL,
    item_id           BIGINT        NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    item_link         VARCHAR(500)  NOT NULL,
    topic_id          BIGINT        NULL,
    region_id         BIGINT        NULL,
    body_id           BIGINT        NOT NULL,
    oversight_body_id BIGINT        NULL,
    assignee_id       BIGINT        NULL,
    state             VARCHAR(20)   NOT NULL,
    rule_version_id   BIGINT        NULL,
    route_reason      VARCHAR(500)  NOT NULL,
    transfers         INT           NOT NULL DEFAULT 0,
    escalation_level  INT           NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    due_at            DATETIME(6)   NOT NULL,
    remind_at         DATETIME(6)   NULL,
    escalate_at       DATETIME(6)   NULL,
    answered_at       DATETIME(6)   NULL,
    closed_at         DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_rte_case PRIMARY KEY (id),
    CONSTRAINT uq_rte_case_item UNIQUE (case_type, item_kind, item_id),
    CONSTRAINT fk_rte_case_topic FOREIGN KEY (topic_id) REFERENCES org_topic (id),
    CONSTRAINT fk_rte_case_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT fk_rte_case_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    CONSTRAINT fk_rte_case_oversight FOREIGN KEY (oversight_body_id) REFERENCES org_body (id),
    CONSTRAINT fk_rte_case_assignee FOREIGN KEY (assignee_id) REFERENCES idn_account (id),
    CONSTRAINT fk_rte_case_rule FOREIGN KEY (rule_version_id) REFERENCES rte_rule_version (id),
    CONSTRAINT ck_rte_case_state CHECK (state IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_APPROVAL', 'ANSWERED', 'CLOSED')),
    INDEX ix_rte_case_queue (body_id, state, due_at),
    INDEX ix_rte_case_oversight (oversight_body_id, state),
    INDEX ix_rte_case_assignee (assignee_id, state),
    INDEX ix_rte_case_item (item_kind, item_id),
    INDEX ix_rte_case_remind (remind_at),
    INDEX ix_rte_case_escalate (escalate_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The history of a case; public steps also appear on the item's public timeline, internal notes never.
CREATE TABLE rte_case_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    case_id      BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    actor_id     BIGINT        NULL,
    actor_name   VARCHAR(200)  NULL,
    body_id      BIGINT        NULL,
    detail       VARCHAR(4000) NULL,
    is_public    BOOLEAN       NOT NULL,
    CONSTRAINT pk_rte_case_event PRIMARY KEY (id),
    CONSTRAINT fk_rte_case_event_case FOREIGN KEY (case_id) REFERENCES rte_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_rte_case_event_actor FOREIGN KEY (actor_id) REFERENCES idn_account (id),
    CONSTRAINT fk_rte_case_event_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    INDEX ix_rte_case_event_case (case_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answer: drafted and submitted by one official, approved and published by another.
CREATE TABLE rte_answer (
    case_id       BIGINT       NOT NULL,
    text          TEXT         NOT NULL,
    drafted_by    BIGINT       NOT NULL,
    drafted_at    DATETIME(6)  NOT NULL,
    submitted_by  BIGINT       NULL,
    submitted_at  DATETIME(6)  NULL,
    approved_by   BIGINT       NULL,
    published_at  DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_rte_answer PRIMARY KEY (case_id),
    CONSTRAINT fk_rte_answer_case FOREIGN KEY (case_id) REFERENCES rte_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_rte_answer_drafted FOREIGN KEY (drafted_by) REFERENCES idn_account (id),
    CONSTRAINT fk_rte_answer_submitted FOREIGN KEY (submitted_by) REFERENCES idn_account (id),
    CONSTRAINT fk_rte_answer_approved FOREIGN KEY (approved_by) REFERENCES idn_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Commitments an answer makes: an action, the body that owns it and a date, tracked until done.
CREATE TABLE rte_commitment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    action        VARCHAR(1000) NOT NULL,
    owner_body_id BIGINT        NOT NULL,
    due_on        DATE          NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    done_at       DATETIME(6)   NULL,
    CONSTRAINT pk_rte_commitment PRIMARY KEY (id),
    CONSTRAINT fk_rte_commitment_case FOREIGN KEY (case_id) REFERENCES rte_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_rte_commitment_body FOREIGN KEY (owner_body_id) REFERENCES org_body (id),
    CONSTRAINT ck_rte_commitment_state CHECK (state IN ('OPEN', 'DONE', 'DROPPED')),
    INDEX ix_rte_commitment_case (case_id),
    INDEX ix_rte_commitment_owner (owner_body_id, state, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Hearings of the petitions committee.
CREATE TABLE rte_hearing (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    case_id      BIGINT       NOT NULL,
    scheduled_at DATETIME(6)  NOT NULL,
    place        VARCHAR(300) NULL,
    stream_url   VARCHAR(500) NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_rte_hearing PRIMARY KEY (id),
    CONSTRAINT fk_rte_hearing_case FOREIGN KEY (case_id) REFERENCES rte_case (id) ON DELETE CASCADE,
    INDEX ix_rte_hearing_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
