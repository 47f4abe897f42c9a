-- Organisation: regions, topics (policy areas) and government bodies in a hierarchy.

CREATE TABLE org_region (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       NULL,
    population  INT          NULL,
    CONSTRAINT pk_org_region PRIMARY KEY (id),
    CONSTRAINT uq_org_region_code UNIQUE (code),
    CONSTRAINT fk_org_region_parent FOREIGN KEY (parent_id) REFERENCES org_region (id),
    CONSTRAINT ck_org_region_kind CHECK (kind IN ('COUNTRY', 'PROVINCE', 'DISTRICT', 'MUNICIPALITY')),
    INDEX ix_org_region_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_topic (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(64)   NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000) NULL,
    CONSTRAINT pk_org_topic PRIMARY KEY (id),
    CONSTRAINT uq_org_topic_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_body (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    slug          VARCHAR(80)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    short_name    VARCHAR(40)   NULL,
    kind          VARCHAR(20)   NOT NULL,
    parent_id     BIGINT        NULL,
    region_id     BIGINT        NULL,
    description   TEXT          NULL,
    contact_email VARCHAR(254)  NULL,
    contact_phone VARCHAR(40)   NULL,
    website       VARCHAR(500)  NULL,
    address       VARCHAR(500)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_org_body PRIMARY KEY (id),
    CONSTRAINT uq_org_body_slug UNIQUE (slug),
    CONSTRAINT fk_org_body_parent FOREIGN KEY (parent_id) REFERENCES org_body (id),
    CONSTRAINT fk_org_body_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT ck_org_body_kind CHECK (kind IN ('GOVERNMENT', 'MINISTRY', 'DEPARTMENT', 'AGENCY',
                                                'PARLIAMENT', 'COMMITTEE', 'MUNICIPALITY')),
    INDEX ix_org_body_parent (parent_id),
    INDEX ix_org_body_kind_name (kind, name),
    INDEX ix_org_body_region (region_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_body_topic (
    body_id  BIGINT NOT NULL,
    topic_id BIGINT NOT NULL,
    CONSTRAINT pk_org_body_topic PRIMARY KEY (body_id, topic_id),
    CONSTRAINT fk_org_body_topic_body FOREIGN KEY (body_id) REFERENCES org_body (id) ON DELETE CASCADE,
    CONSTRAINT fk_org_body_topic_topic FOREIGN KEY (topic_id) REFERENCES org_topic (id),
    INDEX ix_org_body_topic_topic (topic_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
