-- Routing serves every feature through one port. A feature asks for a case by writing a request row in its own
-- transaction; routing opens the case after that commits, and retries with growing pauses until it succeeds, so a
-- failure in routing never rolls back or blocks the feature. One request per item and case type. A referral (a
-- person chose the body, as the petitions committee referring to a ministry) goes to that body past the rules.
CREATE TABLE rte_case_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    case_type       VARCHAR(30)   NOT NULL,
    item_kind       VARCHAR(30)   NOT NULL,
    item_id         BIGINT        NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    item_link       VARCHAR(500)  NOT NULL,
    topic_slug      VARCHAR(64)   NULL,
    region_code     VARCHAR(32)   NULL,
    body_slug       VARCHAR(80)   NOT NULL,
    referral_key    VARCHAR(120)  NULL,
    referral_args   VARCHAR(2000) NULL,
    requested_at    DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    routed_at       DATETIME(6)   NULL,
    case_id         BIGINT        NULL,
    last_error      VARCHAR(1000) NULL,
    CONSTRAINT pk_rte_case_request PRIMARY KEY (id),
    CONSTRAINT uq_rte_case_request_item UNIQUE (case_type, item_kind, item_id),
    CONSTRAINT fk_rte_case_request_case FOREIGN KEY (case_id) REFERENCES rte_case (id) ON DELETE SET NULL,
    INDEX ix_rte_case_request_pending (routed_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Requests that routing took before the port: already routed.
INSERT INTO rte_case_request (case_type, item_kind, item_id, title, item_link, body_slug, requested_at,
                              next_attempt_at, attempts, routed_at, case_id)
SELECT c.case_type, c.item_kind, c.item_id, c.title, c.item_link, b.slug, c.created_at, c.created_at, 1,
       c.created_at, c.id
FROM rte_case c JOIN org_body b ON b.id = c.body_id;

-- Texts routing writes for readers are a bundle key with arguments, rendered in the reader's language; what a
-- person wrote (a reason, an answer, a note) stays as they wrote it.
ALTER TABLE rte_case
    ADD COLUMN route_reason_key  VARCHAR(120)  NULL AFTER route_reason,
    ADD COLUMN route_reason_args VARCHAR(2000) NULL AFTER route_reason_key;

-- Public steps are handed to the feature owning the item after the step's transaction commits, each claimed once
-- (delivered_at), retried with growing pauses while the feature cannot take it.
ALTER TABLE rte_case_event
    ADD COLUMN detail_key        VARCHAR(120)  NULL AFTER detail,
    ADD COLUMN detail_args       VARCHAR(2000) NULL AFTER detail_key,
    ADD COLUMN delivered_at      DATETIME(6)   NULL,
    ADD COLUMN delivery_attempts INT           NOT NULL DEFAULT 0,
    ADD COLUMN next_delivery_at  DATETIME(6)   NULL;

-- Steps made before the port reached their feature in their own transaction.
UPDATE rte_case_event SET delivered_at = occurred_at;
CREATE INDEX ix_rte_case_event_delivery ON rte_case_event (delivered_at, next_delivery_at);

-- The sentences routing used to store, turned into keys and arguments.
UPDATE rte_case SET route_reason_key = 'routing.reason.rule',
       route_reason_args = JSON_ARRAY(
           REGEXP_REPLACE(route_reason, '^Routed to (.*) by rule ([0-9]+) \\(version ([0-9]+)\\).*$', '\\1'),
           REGEXP_REPLACE(route_reason, '^Routed to (.*) by rule ([0-9]+) \\(version ([0-9]+)\\).*$', '\\2'),
           REGEXP_REPLACE(route_reason, '^Routed to (.*) by rule ([0-9]+) \\(version ([0-9]+)\\).*$', '\\3'))
WHERE route_reason REGEXP '^Routed to .* by rule [0-9]+ \\(version [0-9]+\\)';
UPDATE rte_case SET route_reason_key = 'routing.reason.addressed',
       route_reason_args = JSON_ARRAY(REGEXP_REPLACE(route_reason, '^Addressed to (.*) by its author; no routing rule matched\\.$', '\\1'))
WHERE route_reason_key IS NULL AND route_reason REGEXP '^Addressed to .* by its author; no routing rule matched\\.$';
UPDATE rte_case SET route_reason_key = 'routing.reason.referred',
       route_reason_args = JSON_ARRAY(
           REGEXP_REPLACE(route_reason, '^Referred to (.*) by the petitions committee: (.*)$', '\\1'),
           REGEXP_REPLACE(route_reason, '^Referred to (.*) by the petitions committee: (.*)$', '\\2'))
WHERE route_reason_key IS NULL AND route_reason REGEXP '^Referred to .* by the petitions committee: ';
UPDATE rte_case SET route_reason_key = 'routing.reason.recorded', route_reason_args = JSON_ARRAY(route_reason)
WHERE route_reason_key IS NULL;
ALTER TABLE rte_case DROP COLUMN route_reason;

UPDATE rte_case_event e JOIN rte_case c ON c.id = e.case_id
SET e.detail_key = c.route_reason_key, e.detail_args = c.route_reason_args, e.detail = NULL
WHERE e.kind = 'ROUTED';
UPDATE rte_case_event SET detail_key = 'routing.history.assignedAutomatically',
       detail_args = JSON_ARRAY(REGEXP_REPLACE(detail, '^Assigned automatically to (.*) \\(fewest open cases\\)$', '\\1')),
       detail = NULL
WHERE kind = 'ASSIGNED' AND detail REGEXP '^Assigned automatically to .* \\(fewest open cases\\)$';
UPDATE rte_case_event SET detail_key = 'routing.history.escalatedToHead',
       detail_args = JSON_ARRAY(
           REGEXP_REPLACE(detail, '^Not answered by ([0-9-]+): escalated to the head of (.*)$', '\\1'),
           REGEXP_REPLACE(detail, '^Not answered by ([0-9-]+): escalated to the head of (.*)$', '\\2')),
       detail = NULL
WHERE kind = 'ESCALATED' AND detail REGEXP '^Not answered by [0-9-]+: escalated to the head of ';
UPDATE rte_case_event SET detail_key = 'routing.history.escalatedFurther',
       detail_args = JSON_ARRAY(REGEXP_REPLACE(detail, '^Still not answered: escalated to (.*)$', '\\1')),
       detail = NULL
WHERE kind = 'ESCALATED' AND detail REGEXP '^Still not answered: escalated to ';
-- A committee's outcome was stored as "<OUTCOME>: <summary> <link>": the outcome becomes its key.
UPDATE rte_case_event SET detail_key = CONCAT('case.outcome.', REGEXP_SUBSTR(detail, '^[A-Z_]+')),
       detail = SUBSTRING(detail, LENGTH(REGEXP_SUBSTR(detail, '^[A-Z_]+')) + 3)
WHERE kind = 'OUTCOME_RECORDED' AND detail REGEXP '^(DEBATED|REFERRED_TO_MINISTRY|REJECTED|LAW_CHANGED): ';

-- A petition's timeline gets the same: keys for what the platform says, and the routing step it came from, so
-- that a step delivered again is recorded once.
ALTER TABLE pet_event
    ADD COLUMN detail_key   VARCHAR(120)  NULL AFTER detail,
    ADD COLUMN detail_args  VARCHAR(2000) NULL AFTER detail_key,
    ADD COLUMN case_step_id BIGINT        NULL,
    ADD CONSTRAINT uq_pet_event_case_step UNIQUE (case_step_id);
-- Outcomes were stored as "<body>: <OUTCOME>: <summary>".
UPDATE pet_event SET
       detail_key = CONCAT('case.outcome.', REGEXP_REPLACE(detail, '^.*?(DEBATED|REFERRED_TO_MINISTRY|REJECTED|LAW_CHANGED): .*$', '\\1')),
       detail_args = CASE WHEN detail REGEXP '^.+?: (DEBATED|REFERRED_TO_MINISTRY|REJECTED|LAW_CHANGED): '
                          THEN JSON_ARRAY(REGEXP_REPLACE(detail, '^(.+?): (DEBATED|REFERRED_TO_MINISTRY|REJECTED|LAW_CHANGED): .*$', '\\1'))
                          END,
       detail = REGEXP_REPLACE(detail, '^.*?(DEBATED|REFERRED_TO_MINISTRY|REJECTED|LAW_CHANGED): ', '')
WHERE kind = 'OUTCOME_RECORDED' AND detail REGEXP '(DEBATED|REFERRED_TO_MINISTRY|REJECTED|LAW_CHANGED): ';

-- Parliament's petitions committee is a feature of its own that works its review cases through routing's port;
-- its hearings are its own table.
RENAME TABLE rte_hearing TO prl_hearing;
