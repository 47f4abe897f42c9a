-- Closing the loop of a consultation: what the body did with each comment (its disposition, with a reason and,
-- for an accepted one, the stable key of the unit it changed), who follows a consultation to hear of its report,
-- and the moderation of comments: a comment flagged by enough people is held for review until a moderator
-- restores or hides it; restoring clears the hold and only flags made after it count again.

CREATE TABLE con_disposition (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    comment_id        BIGINT         NOT NULL,
    consultation_id   BIGINT         NOT NULL,
    disposition       VARCHAR(20)    NOT NULL,
    reason            VARCHAR(2000)  NULL,
    changed_unit_key  CHAR(36)       NULL,
    decided_by_id     BIGINT         NOT NULL,
    decided_at        DATETIME(6)    NOT NULL,
    CONSTRAINT pk_con_disposition PRIMARY KEY (id),
    CONSTRAINT uq_con_disposition_comment UNIQUE (comment_id),
    CONSTRAINT fk_con_disposition_comment FOREIGN KEY (comment_id) REFERENCES con_comment (id),
    CONSTRAINT fk_con_disposition_consultation FOREIGN KEY (consultation_id) REFERENCES con_consultation (id),
    CONSTRAINT fk_con_disposition_decided_by FOREIGN KEY (decided_by_id) REFERENCES idn_account (id),
    CONSTRAINT ck_con_disposition_kind CHECK (disposition IN ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED',
        'OUT_OF_SCOPE')),
    CONSTRAINT ck_con_disposition_reason CHECK (disposition <> 'NOT_ACCEPTED' OR reason IS NOT NULL),
    CONSTRAINT ck_con_disposition_unit CHECK (changed_unit_key IS NULL
        OR disposition IN ('ACCEPTED', 'PARTLY_ACCEPTED')),
    INDEX ix_con_disposition_consultation (consultation_id, disposition)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person and consultation: following twice keeps one row (the unique key decides).
CREATE TABLE con_follower (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    consultation_id  BIGINT      NOT NULL,
    account_id       BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT pk_con_follower PRIMARY KEY (id),
    CONSTRAINT uq_con_follower UNIQUE (consultation_id, account_id),
    CONSTRAINT fk_con_follower_consultation FOREIGN KEY (consultation_id) REFERENCES con_consultation (id),
    CONSTRAINT fk_con_follower_account FOREIGN KEY (account_id) REFERENCES idn_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE con_comment
    ADD COLUMN held_at      DATETIME(6) NULL AFTER hidden_reason,
    ADD COLUMN hidden_by_id BIGINT      NULL AFTER held_at,
    ADD COLUMN restored_at  DATETIME(6) NULL AFTER hidden_by_id,
    ADD CONSTRAINT fk_con_comment_hidden_by FOREIGN KEY (hidden_by_id) REFERENCES idn_account (id),
    ADD INDEX ix_con_comment_held (held_at);
