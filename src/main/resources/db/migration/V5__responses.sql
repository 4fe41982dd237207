-- Answering a consultation: a draft saved at every page, the response it becomes, and the optional
-- equality answers, which are kept apart with nothing that links them to a response.

-- A response in progress, found by its unguessable token (the "come back later" link). Once sent,
-- its answers and contact details are cleared: the token then only remembers the reference, so a
-- second press of "Send" finds the first response instead of making another.
CREATE TABLE response_draft (
    token               CHAR(43)     NOT NULL PRIMARY KEY,
    consultation_id     BIGINT       NOT NULL,
    language            VARCHAR(16)  NOT NULL,
    answering_as        VARCHAR(30)  NULL,
    contact_way         VARCHAR(10)  NULL,
    contact_name        VARCHAR(100) NULL,
    contact_email       VARCHAR(320) NULL,
    contact_phone       VARCHAR(30)  NULL,
    contact_address     VARCHAR(500) NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    sent_reference      VARCHAR(20)  NULL,
    equality_done       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_response_draft_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was typed, as typed: several rows for a question with several values (choices, ranks).
CREATE TABLE response_draft_answer (
    token       CHAR(43) NOT NULL,
    question_id BIGINT   NOT NULL,
    position    INT      NOT NULL,
    value       TEXT     NOT NULL,
    PRIMARY KEY (token, question_id, position),
    CONSTRAINT fk_response_draft_answer FOREIGN KEY (token) REFERENCES response_draft (token) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    reference       VARCHAR(20)  NOT NULL,
    draft_token     CHAR(43)     NULL,
    channel         VARCHAR(20)  NOT NULL,
    answering_as    VARCHAR(30)  NOT NULL,
    language        VARCHAR(16)  NOT NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    contact_way     VARCHAR(10)  NOT NULL,
    contact_name    VARCHAR(100) NULL,
    contact_email   VARCHAR(320) NULL,
    contact_phone   VARCHAR(30)  NULL,
    contact_address VARCHAR(500) NULL,
    CONSTRAINT uk_response_reference UNIQUE (reference),
    CONSTRAINT uk_response_draft UNIQUE (draft_token),
    CONSTRAINT fk_response_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_response_consultation ON response (consultation_id, submitted_at);
CREATE INDEX ix_response_answering_as ON response (consultation_id, answering_as);

-- One row per value, shaped for counting in the database: option_number for choices (and the option
-- ranked), number_value for a rating or a rank, text_value for free text.
CREATE TABLE response_answer (
    response_id   BIGINT NOT NULL,
    question_id   BIGINT NOT NULL,
    position      INT    NOT NULL,
    option_number INT    NULL,
    number_value  INT    NULL,
    text_value    TEXT   NULL,
    PRIMARY KEY (response_id, question_id, position),
    CONSTRAINT fk_response_answer_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_response_answer_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_response_answer_question ON response_answer (question_id, option_number, number_value);

-- "About you". A random id and no time: neither the order of rows nor a timestamp can be matched
-- against the responses. Each column holds a category code or PREFER_NOT_TO_SAY, or NULL if skipped.
CREATE TABLE equality_answers (
    id                 CHAR(36)    NOT NULL PRIMARY KEY,
    consultation_id    BIGINT      NOT NULL,
    age_group          VARCHAR(30) NULL,
    sex                VARCHAR(30) NULL,
    gender_as_at_birth VARCHAR(30) NULL,
    sexual_orientation VARCHAR(30) NULL,
    ethnic_group       VARCHAR(30) NULL,
    religion           VARCHAR(30) NULL,
    disability         VARCHAR(30) NULL,
    carer              VARCHAR(30) NULL,
    welsh_speaker      VARCHAR(30) NULL,
    CONSTRAINT fk_equality_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_equality_consultation ON equality_answers (consultation_id);
