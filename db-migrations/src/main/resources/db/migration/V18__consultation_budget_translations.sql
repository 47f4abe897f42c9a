-- The titles and descriptions officials write for consultations, budgets and their headings, in the platform's other
-- languages (as V15 did for bodies, topics, regions and petition types): the base columns keep the default-language
-- text; one row per other language, a missing row or an empty field falling back to it.

CREATE TABLE con_consultation_text (
    consultation_id BIGINT       NOT NULL,
    language        VARCHAR(5)   NOT NULL,
    name            VARCHAR(200) NULL,
    description     TEXT         NULL,
    CONSTRAINT pk_con_consultation_text PRIMARY KEY (consultation_id, language),
    CONSTRAINT fk_con_consultation_text FOREIGN KEY (consultation_id) REFERENCES con_consultation (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bud_process_text (
    process_id  BIGINT       NOT NULL,
    language    VARCHAR(5)   NOT NULL,
    name        VARCHAR(200) NULL,
    description TEXT         NULL,
    CONSTRAINT pk_bud_process_text PRIMARY KEY (process_id, language),
    CONSTRAINT fk_bud_process_text FOREIGN KEY (process_id) REFERENCES bud_process (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bud_heading_text (
    heading_id  BIGINT       NOT NULL,
    language    VARCHAR(5)   NOT NULL,
    name        VARCHAR(200) NULL,
    description TEXT         NULL,
    CONSTRAINT pk_bud_heading_text PRIMARY KEY (heading_id, language),
    CONSTRAINT fk_bud_heading_text FOREIGN KEY (heading_id) REFERENCES bud_heading (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Citizens' comments keep the language they were written in, so pages mark them (lang); earlier ones take their
-- author's language.
ALTER TABLE con_comment ADD COLUMN language VARCHAR(8) NULL;
UPDATE con_comment c JOIN idn_account a ON a.id = c.author_id SET c.language = a.language;
ALTER TABLE prp_comment ADD COLUMN language VARCHAR(8) NULL;
UPDATE prp_comment c JOIN idn_account a ON a.id = c.author_id SET c.language = a.language;
