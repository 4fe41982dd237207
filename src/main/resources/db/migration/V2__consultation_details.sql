-- What a resident reads about a consultation: topics, who it is for, the full proposal, what can and
-- cannot change, a published reason for a short window, the easy-read version and documents.

ALTER TABLE consultation ADD COLUMN feedback_published_at DATETIME(6) NULL;

ALTER TABLE consultation_text
    ADD COLUMN proposal_html         MEDIUMTEXT    NULL,
    ADD COLUMN what_can_change       VARCHAR(4000) NULL,
    ADD COLUMN what_cannot_change    VARCHAR(4000) NULL,
    ADD COLUMN shorter_period_reason VARCHAR(2000) NULL;

CREATE TABLE consultation_topic (
    consultation_id BIGINT      NOT NULL,
    topic           VARCHAR(40) NOT NULL,
    PRIMARY KEY (consultation_id, topic),
    INDEX ix_consultation_topic (topic),
    CONSTRAINT fk_consultation_topic FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_client_group (
    consultation_id BIGINT      NOT NULL,
    client_group    VARCHAR(40) NOT NULL,
    PRIMARY KEY (consultation_id, client_group),
    INDEX ix_consultation_client_group (client_group),
    CONSTRAINT fk_consultation_client_group FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_easy_read_idea (
    consultation_id BIGINT       NOT NULL,
    position        INT          NOT NULL,
    language        VARCHAR(16)  NOT NULL,
    text            VARCHAR(500) NOT NULL,
    picture         VARCHAR(80)  NOT NULL,
    alt_text        VARCHAR(300) NOT NULL,
    PRIMARY KEY (consultation_id, position),
    CONSTRAINT fk_consultation_easy_read FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_document (
    consultation_id BIGINT        NOT NULL,
    position        INT           NOT NULL,
    language        VARCHAR(16)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    url             VARCHAR(1000) NOT NULL,
    format          VARCHAR(20)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    PRIMARY KEY (consultation_id, position),
    CONSTRAINT fk_consultation_document FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
