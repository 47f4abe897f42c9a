-- Participatory budgets: a process with its phases and ballot and result rules, headings (districts or themes)
-- each with its own amount, projects proposed by citizens and reviewed for feasibility through routing, one
-- support per person and project, one ballot per voter and heading with its chosen projects, the published
-- results with their step-by-step computation, and the execution milestones of the winning projects.

CREATE TABLE bud_process (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    slug               VARCHAR(80)   NOT NULL,
    body_id            BIGINT        NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    ballot_kind        VARCHAR(10)   NOT NULL,
    max_choices        INT           NULL,
    min_projects       INT           NOT NULL DEFAULT 0,
    max_projects       INT           NULL,
    min_share_percent  INT           NOT NULL DEFAULT 0,
    result_rule        VARCHAR(14)   NOT NULL,
    min_assurance      VARCHAR(20)   NOT NULL,
    phase              VARCHAR(12)   NOT NULL,
    review_at          DATETIME(6)   NOT NULL,
    voting_at          DATETIME(6)   NOT NULL,
    results_at         DATETIME(6)   NOT NULL,
    seed               VARCHAR(64)   NOT NULL,
    imported           BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_bud_process PRIMARY KEY (id),
    CONSTRAINT uq_bud_process_slug UNIQUE (slug),
    CONSTRAINT fk_bud_process_body FOREIGN KEY (body_id) REFERENCES org_body (id),
    CONSTRAINT ck_bud_process_ballot CHECK (ballot_kind IN ('MONEY', 'APPROVAL')),
    CONSTRAINT ck_bud_process_rule CHECK (result_rule IN ('GREEDY', 'EQUAL_SHARES')),
    CONSTRAINT ck_bud_process_phase CHECK (phase IN ('PROPOSALS', 'REVIEW', 'VOTING', 'RESULTS', 'EXECUTION')),
    CONSTRAINT ck_bud_process_dates CHECK (review_at <= voting_at AND voting_at <= results_at),
    INDEX ix_bud_process_phase (phase, voting_at),
    INDEX ix_bud_process_body (body_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bud_heading (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    process_id  BIGINT       NOT NULL,
    slug        VARCHAR(80)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    amount      BIGINT       NOT NULL,
    region_id   BIGINT       NULL,
    position    INT          NOT NULL,
    CONSTRAINT pk_bud_heading PRIMARY KEY (id),
    CONSTRAINT uq_bud_heading_slug UNIQUE (process_id, slug),
    CONSTRAINT fk_bud_heading_process FOREIGN KEY (process_id) REFERENCES bud_process (id),
    CONSTRAINT fk_bud_heading_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT ck_bud_heading_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A project; cost is the reviewed cost (null until reviewed), external_id the project's id in an imported file.
CREATE TABLE bud_project (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    process_id      BIGINT        NOT NULL,
    heading_id      BIGINT        NOT NULL,
    external_id     VARCHAR(64)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    region_id       BIGINT        NULL,
    latitude        DECIMAL(9,6)  NULL,
    longitude       DECIMAL(9,6)  NULL,
    estimated_cost  BIGINT        NOT NULL,
    cost            BIGINT        NULL,
    state           VARCHAR(12)   NOT NULL,
    review_reason   VARCHAR(2000) NULL,
    merged_into_id  BIGINT        NULL,
    author_id       BIGINT        NULL,
    supports        INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    reviewed_at     DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_bud_project PRIMARY KEY (id),
    CONSTRAINT uq_bud_project_external UNIQUE (process_id, external_id),
    CONSTRAINT fk_bud_project_process FOREIGN KEY (process_id) REFERENCES bud_process (id),
    CONSTRAINT fk_bud_project_heading FOREIGN KEY (heading_id) REFERENCES bud_heading (id),
    CONSTRAINT fk_bud_project_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT fk_bud_project_merged FOREIGN KEY (merged_into_id) REFERENCES bud_project (id),
    CONSTRAINT fk_bud_project_author FOREIGN KEY (author_id) REFERENCES idn_account (id),
    CONSTRAINT ck_bud_project_state CHECK (state IN ('PROPOSED', 'FEASIBLE', 'UNFEASIBLE', 'MERGED')),
    CONSTRAINT ck_bud_project_cost CHECK (estimated_cost > 0 AND (cost IS NULL OR cost > 0)),
    INDEX ix_bud_project_heading (heading_id, state),
    INDEX ix_bud_project_process (process_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A co-author kept when a duplicate is merged into a project.
CREATE TABLE bud_project_author (
    project_id  BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    CONSTRAINT pk_bud_project_author PRIMARY KEY (project_id, account_id),
    CONSTRAINT fk_bud_project_author_project FOREIGN KEY (project_id) REFERENCES bud_project (id),
    CONSTRAINT fk_bud_project_author_account FOREIGN KEY (account_id) REFERENCES idn_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One support per person and project: the unique key decides.
CREATE TABLE bud_support (
    project_id  BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uq_bud_support PRIMARY KEY (project_id, account_id),
    CONSTRAINT fk_bud_support_project FOREIGN KEY (project_id) REFERENCES bud_project (id),
    CONSTRAINT fk_bud_support_account FOREIGN KEY (account_id) REFERENCES idn_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One ballot per voter and heading (voter_key: the account's key, or the voter's id in an imported file). The
-- row is locked before its lines are checked against the limits, so two tabs cannot overspend together.
CREATE TABLE bud_ballot (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    heading_id  BIGINT       NOT NULL,
    voter_key   VARCHAR(80)  NOT NULL,
    region_id   BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_bud_ballot PRIMARY KEY (id),
    CONSTRAINT uq_bud_ballot_voter UNIQUE (heading_id, voter_key),
    CONSTRAINT fk_bud_ballot_heading FOREIGN KEY (heading_id) REFERENCES bud_heading (id),
    CONSTRAINT fk_bud_ballot_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    INDEX ix_bud_ballot_created (heading_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bud_ballot_line (
    ballot_id   BIGINT NOT NULL,
    project_id  BIGINT NOT NULL,
    CONSTRAINT pk_bud_ballot_line PRIMARY KEY (ballot_id, project_id),
    CONSTRAINT fk_bud_ballot_line_ballot FOREIGN KEY (ballot_id) REFERENCES bud_ballot (id) ON DELETE CASCADE,
    CONSTRAINT fk_bud_ballot_line_project FOREIGN KEY (project_id) REFERENCES bud_project (id),
    INDEX ix_bud_ballot_line_project (project_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The result of a heading as computed by the process's rule: the selected projects in order, the money spent,
-- the ballots counted and the whole computation as JSON, so anyone can follow and recompute it.
CREATE TABLE bud_result (
    heading_id   BIGINT       NOT NULL,
    rule_name    VARCHAR(14)  NOT NULL,
    computed_at  DATETIME(6)  NOT NULL,
    ballots      INT          NOT NULL,
    spent        BIGINT       NOT NULL,
    selected     TEXT         NOT NULL,
    computation  MEDIUMTEXT   NOT NULL,
    CONSTRAINT pk_bud_result PRIMARY KEY (heading_id),
    CONSTRAINT fk_bud_result_heading FOREIGN KEY (heading_id) REFERENCES bud_heading (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The process's public timeline: a bundle key with its arguments, rendered in the reader's language.
CREATE TABLE bud_process_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    process_id   BIGINT        NOT NULL,
    message_key  VARCHAR(120)  NOT NULL,
    arguments    VARCHAR(2000) NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_bud_process_event PRIMARY KEY (id),
    CONSTRAINT fk_bud_process_event_process FOREIGN KEY (process_id) REFERENCES bud_process (id),
    INDEX ix_bud_process_event (process_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A winning project's execution milestones, updated by the body's officials.
CREATE TABLE bud_milestone (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    project_id   BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000) NOT NULL,
    due_on       DATE          NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    progress     INT           NOT NULL,
    spent        BIGINT        NOT NULL DEFAULT 0,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_bud_milestone PRIMARY KEY (id),
    CONSTRAINT fk_bud_milestone_project FOREIGN KEY (project_id) REFERENCES bud_project (id),
    CONSTRAINT ck_bud_milestone_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    CONSTRAINT ck_bud_milestone_progress CHECK (progress BETWEEN 0 AND 100 AND spent >= 0),
    INDEX ix_bud_milestone_project (project_id, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bud_follower (
    project_id  BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_bud_follower PRIMARY KEY (project_id, account_id),
    CONSTRAINT fk_bud_follower_project FOREIGN KEY (project_id) REFERENCES bud_project (id),
    CONSTRAINT fk_bud_follower_account FOREIGN KEY (account_id) REFERENCES idn_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
