-- Counts kept up to date as responses arrive, so the analysis of a large consultation reads a few
-- hundred rows instead of counting millions of answer rows on every view. response.ResponseTallies
-- adds a sent response in the same transaction as its insert, and takes a deleted one away in the
-- same transaction as its delete; every figure equals counting the rows of response and
-- response_answer (TallyIT checks it). Rows that fall to 0 after a deletion stay; readers skip them.
-- "Everyone" is the sum over answering_as: a handful of rows.

-- Sent responses by who people answered as, channel, and week (its Monday, by the UTC day).
CREATE TABLE response_tally (
    consultation_id BIGINT      NOT NULL,
    answering_as    VARCHAR(30) NOT NULL,
    channel         VARCHAR(20) NOT NULL,
    week            DATE        NOT NULL,
    n               BIGINT      NOT NULL,
    PRIMARY KEY (consultation_id, answering_as, channel, week),
    CONSTRAINT fk_response_tally_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Responses that answered each question: the base of its percentages.
CREATE TABLE question_tally (
    question_id  BIGINT      NOT NULL,
    answering_as VARCHAR(30) NOT NULL,
    n            BIGINT      NOT NULL,
    PRIMARY KEY (question_id, answering_as),
    CONSTRAINT fk_question_tally_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each value of each question: the option chosen, the rating given, the option ranked first.
CREATE TABLE answer_tally (
    question_id  BIGINT      NOT NULL,
    answering_as VARCHAR(30) NOT NULL,
    value        INT         NOT NULL,
    n            BIGINT      NOT NULL,
    PRIMARY KEY (question_id, answering_as, value),
    CONSTRAINT fk_answer_tally_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The responses already sent, counted as ResponseTallies.rebuild counts one consultation's.
INSERT INTO response_tally (consultation_id, answering_as, channel, week, n)
SELECT r.consultation_id, r.answering_as, r.channel, DATE(r.submitted_at - INTERVAL WEEKDAY(r.submitted_at) DAY), COUNT(*)
FROM response r
GROUP BY r.consultation_id, r.answering_as, r.channel, DATE(r.submitted_at - INTERVAL WEEKDAY(r.submitted_at) DAY);

INSERT INTO question_tally (question_id, answering_as, n)
SELECT a.question_id, r.answering_as, COUNT(DISTINCT a.response_id)
FROM response_answer a JOIN response r ON r.id = a.response_id
GROUP BY a.question_id, r.answering_as;

INSERT INTO answer_tally (question_id, answering_as, value, n)
SELECT a.question_id, r.answering_as, CASE q.type WHEN 'RATING' THEN a.number_value ELSE a.option_number END, COUNT(*)
FROM response_answer a JOIN question q ON q.id = a.question_id JOIN response r ON r.id = a.response_id
WHERE q.type <> 'FREE_TEXT' AND (q.type <> 'RANKING' OR a.number_value = 1)
  AND CASE q.type WHEN 'RATING' THEN a.number_value ELSE a.option_number END IS NOT NULL
GROUP BY a.question_id, r.answering_as, CASE q.type WHEN 'RATING' THEN a.number_value ELSE a.option_number END;
