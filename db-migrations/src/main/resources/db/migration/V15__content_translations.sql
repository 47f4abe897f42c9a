-- Content that officials write for everyone, in the platform's other languages: the columns of org_body, org_topic,
-- org_region and pet_type keep the default-language (English) text; these tables hold one row per other language,
-- and a missing row or an empty field falls back to the default text.

CREATE TABLE org_body_text (
    body_id     BIGINT       NOT NULL,
    language    VARCHAR(5)   NOT NULL,
    name        VARCHAR(200) NULL,
    short_name  VARCHAR(40)  NULL,
    description TEXT         NULL,
    CONSTRAINT pk_org_body_text PRIMARY KEY (body_id, language),
    CONSTRAINT fk_org_body_text_body FOREIGN KEY (body_id) REFERENCES org_body (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_topic_text (
    topic_id    BIGINT        NOT NULL,
    language    VARCHAR(5)    NOT NULL,
    name        VARCHAR(120)  NULL,
    description VARCHAR(1000) NULL,
    CONSTRAINT pk_org_topic_text PRIMARY KEY (topic_id, language),
    CONSTRAINT fk_org_topic_text_topic FOREIGN KEY (topic_id) REFERENCES org_topic (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_region_text (
    region_id BIGINT       NOT NULL,
    language  VARCHAR(5)   NOT NULL,
    name      VARCHAR(200) NULL,
    CONSTRAINT pk_org_region_text PRIMARY KEY (region_id, language),
    CONSTRAINT fk_org_region_text_region FOREIGN KEY (region_id) REFERENCES org_region (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pet_type_text (
    type_id     BIGINT        NOT NULL,
    language    VARCHAR(5)    NOT NULL,
    name        VARCHAR(200)  NULL,
    description VARCHAR(1000) NULL,
    CONSTRAINT pk_pet_type_text PRIMARY KEY (type_id, language),
    CONSTRAINT fk_pet_type_text_type FOREIGN KEY (type_id) REFERENCES pet_type (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
