-- Questions a body asks with a consultation (single choice, multiple choice, free text), set while drafting, and
-- the answers of verified people: one response per person and question (the unique key decides), changed until
-- the consultation closes, with the options it chose.

CREATE TABLE con_question (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id  BIGINT       NOT NULL,
    position         INT          NOT NULL,
    kind             VARCHAR(12)  NOT NULL,
    text             VARCHAR(500) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_con_question PRIMARY KEY (id),
    CONSTRAINT uq_con_question_position UNIQUE (consultation_id, position),
    CONSTRAINT fk_con_question_consultation FOREIGN KEY (consultation_id) REFERENCES con_consultation (id),
    CONSTRAINT ck_con_question_kind CHECK (kind IN ('SINGLE', 'MULTIPLE', 'FREE_TEXT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE con_question_option (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    question_id  BIGINT       NOT NULL,
    position     INT          NOT NULL,
    text         VARCHAR(200) NOT NULL,
    CONSTRAINT pk_con_question_option PRIMARY KEY (id),
    CONSTRAINT uq_con_question_option UNIQUE (question_id, position),
    CONSTRAINT fk_con_question_option_question FOREIGN KEY (question_id) REFERENCES con_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE con_response (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    question_id  BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    text         TEXT        NULL,
    answered_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_con_response PRIMARY KEY (id),
    CONSTRAINT uq_con_response UNIQUE (question_id, account_id),
    CONSTRAINT fk_con_response_question FOREIGN KEY (question_id) REFERENCES con_question (id),
    CONSTRAINT fk_con_response_account FOREIGN KEY (account_id) REFERENCES idn_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE con_response_option (
    response_id  BIGINT NOT NULL,
    option_id    BIGINT NOT NULL,
    CONSTRAINT pk_con_response_option PRIMARY KEY (response_id, option_id),
    CONSTRAINT fk_con_response_option_response FOREIGN KEY (response_id) REFERENCES con_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_con_response_option_option FOREIGN KEY (option_id) REFERENCES con_question_option (id),
    INDEX ix_con_response_option_option (option_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
