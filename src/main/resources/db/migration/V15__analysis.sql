-- Analysis: themes that analysts create for a free-text question, the answers coded with them, and
-- the council's population baseline that the reach report compares equality answers with.

CREATE TABLE analysis_theme (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_analysis_theme_name UNIQUE (question_id, name),
    CONSTRAINT fk_analysis_theme_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One free-text answer (a response's answer to the theme's question) coded with one theme.
CREATE TABLE analysis_coding (
    theme_id    BIGINT NOT NULL,
    response_id BIGINT NOT NULL,
    PRIMARY KEY (theme_id, response_id),
    CONSTRAINT fk_analysis_coding_theme FOREIGN KEY (theme_id) REFERENCES analysis_theme (id) ON DELETE CASCADE,
    CONSTRAINT fk_analysis_coding_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_analysis_coding_response ON analysis_coding (response_id);

-- Counting by answering-as and week is done in the database; these keep it an index scan.
CREATE INDEX ix_response_consultation_channel ON response (consultation_id, channel);
CREATE INDEX ix_response_answer_question_response ON response_answer (question_id, response_id);

-- One council-wide baseline: the share of the local population in each equality category.
CREATE TABLE equality_baseline (
    question VARCHAR(30)  NOT NULL,
    category VARCHAR(30)  NOT NULL,
    percent  DECIMAL(4,1) NOT NULL,
    PRIMARY KEY (question, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE equality_baseline_source (
    id         TINYINT      NOT NULL PRIMARY KEY,
    label      VARCHAR(200) NOT NULL,
    updated_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
