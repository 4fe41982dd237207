-- A consultation's decision trail. The proposal says whether it changes a service and who proposes it (a role or
-- body, never a person's private details); a proposal that changes a service has an equality impact assessment (a
-- summary in each language, English required, and a link to the document) before it is published.
ALTER TABLE consultation
    ADD COLUMN changes_service BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN proposed_by     VARCHAR(200) NULL,
    ADD COLUMN eia_by          VARCHAR(200) NULL,
    ADD COLUMN eia_document    VARCHAR(500) NULL,
    ADD COLUMN eia_recorded_at DATETIME(6)  NULL;

CREATE TABLE consultation_eia_summary (
    consultation_id BIGINT        NOT NULL,
    language        VARCHAR(16)   NOT NULL,
    summary         VARCHAR(4000) NOT NULL,
    PRIMARY KEY (consultation_id, language),
    CONSTRAINT fk_consultation_eia_summary FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- After a consultation closes: its analysis published (when, where, by whom) and the decision (who decided, on
-- which day, in which meeting, the minutes, and the decision in each language, English required).
CREATE TABLE consultation_decision (
    consultation_id       BIGINT       NOT NULL PRIMARY KEY,
    analysis_published_on DATE         NULL,
    analysis_link         VARCHAR(500) NULL,
    analysis_by           VARCHAR(200) NULL,
    decided_by            VARCHAR(200) NULL,
    decided_on            DATE         NULL,
    meeting               VARCHAR(200) NULL,
    minutes_link          VARCHAR(500) NULL,
    updated_at            DATETIME(6)  NOT NULL,
    CONSTRAINT fk_consultation_decision FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_decision_text (
    consultation_id BIGINT        NOT NULL,
    language        VARCHAR(16)   NOT NULL,
    decision        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (consultation_id, language),
    CONSTRAINT fk_consultation_decision_text FOREIGN KEY (consultation_id) REFERENCES consultation_decision (consultation_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
