-- A consultation's questions, grouped into pages, with their words and options in each language.
CREATE TABLE question (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT      NOT NULL,
    position        INT         NOT NULL,
    page            INT         NOT NULL,
    type            VARCHAR(20) NOT NULL,
    required        BOOLEAN     NOT NULL,
    max_length      INT         NULL,
    scale_max       INT         NULL,
    CONSTRAINT uk_question_position UNIQUE (consultation_id, position),
    CONSTRAINT fk_question_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_text (
    question_id BIGINT        NOT NULL,
    language    VARCHAR(16)   NOT NULL,
    text        VARCHAR(500)  NOT NULL,
    hint        VARCHAR(1000) NULL,
    PRIMARY KEY (question_id, language),
    CONSTRAINT fk_question_text FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_option (
    question_id BIGINT       NOT NULL,
    number      INT          NOT NULL,
    language    VARCHAR(16)  NOT NULL,
    label       VARCHAR(300) NOT NULL,
    PRIMARY KEY (question_id, number, language),
    CONSTRAINT fk_question_option FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
