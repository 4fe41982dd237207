-- "You said, we did": what happened after a consultation, per language, with an easy-read version.
CREATE TABLE feedback_report (
    consultation_id BIGINT      NOT NULL PRIMARY KEY,
    published_at    DATETIME(6) NULL,
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_feedback_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_text (
    consultation_id BIGINT      NOT NULL,
    language        VARCHAR(16) NOT NULL,
    took_part       TEXT        NULL,
    people_said     MEDIUMTEXT  NULL,
    decided         MEDIUMTEXT  NULL,
    could_not       MEDIUMTEXT  NULL,
    next_steps      MEDIUMTEXT  NULL,
    PRIMARY KEY (consultation_id, language),
    CONSTRAINT fk_feedback_text FOREIGN KEY (consultation_id) REFERENCES feedback_report (consultation_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_easy_read_idea (
    consultation_id BIGINT       NOT NULL,
    position        INT          NOT NULL,
    language        VARCHAR(16)  NOT NULL,
    text            VARCHAR(500) NOT NULL,
    picture         VARCHAR(80)  NOT NULL,
    alt_text        VARCHAR(300) NOT NULL,
    PRIMARY KEY (consultation_id, position),
    CONSTRAINT fk_feedback_easy_read FOREIGN KEY (consultation_id) REFERENCES feedback_report (consultation_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each person who asked to hear the outcome is told once: the instant they were told.
ALTER TABLE response ADD COLUMN told_outcome_at DATETIME(6) NULL;
CREATE INDEX ix_response_contact ON response (consultation_id, contact_way, told_outcome_at);
