-- Documents a body's officials attach to a consultation: the file itself lies in the files folder under a random
-- stored key (never in the database, never under the web root); the row keeps the name it is downloaded with, its
-- title, the Content-Type detected from its content, its size and SHA-256 (the download's ETag).

CREATE TABLE con_document (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id  BIGINT        NOT NULL,
    stored_key       CHAR(32)      NOT NULL,
    download_name    VARCHAR(255)  NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    content_type     VARCHAR(100)  NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    sha256           CHAR(64)      NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by_id    BIGINT        NOT NULL,
    CONSTRAINT pk_con_document PRIMARY KEY (id),
    CONSTRAINT uq_con_document_stored_key UNIQUE (stored_key),
    CONSTRAINT fk_con_document_consultation FOREIGN KEY (consultation_id) REFERENCES con_consultation (id),
    CONSTRAINT fk_con_document_created_by FOREIGN KEY (created_by_id) REFERENCES idn_account (id),
    CONSTRAINT ck_con_document_size CHECK (size_bytes > 0),
    INDEX ix_con_document_consultation (consultation_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
