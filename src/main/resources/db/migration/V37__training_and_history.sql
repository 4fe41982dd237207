-- Training courses residents book onto (induction, equality and diversity, chairing a meeting, being a Quality
-- Checker ...), with their words in each language (English required), their dated sessions, residents' bookings
-- (with the needs they told us about) and who completed each course, recorded by staff once a session has started.
CREATE TABLE course (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug      VARCHAR(120) NOT NULL,
    published BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_course_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_text (
    course_id   BIGINT        NOT NULL,
    language    VARCHAR(16)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    PRIMARY KEY (course_id, language),
    CONSTRAINT fk_course_text FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One sitting of a course: when (stored in UTC, shown in London time), where and its access, and how many places.
CREATE TABLE training_session (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT        NOT NULL,
    starts_at DATETIME(6)   NOT NULL,
    ends_at   DATETIME(6)   NOT NULL,
    places    INT           NOT NULL,
    venue     VARCHAR(500)  NOT NULL,
    access    VARCHAR(2000) NULL,
    INDEX ix_training_session_course (course_id, starts_at),
    CONSTRAINT fk_training_session_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A resident's place on a session, with the needs copied from their profile as they were then; cancelling removes it.
CREATE TABLE training_booking (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT        NOT NULL,
    resident_id  BIGINT        NOT NULL,
    needs        VARCHAR(200)  NULL,
    access_needs VARCHAR(1000) NULL,
    booked_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uk_training_booking UNIQUE (session_id, resident_id),
    INDEX ix_training_booking_resident (resident_id),
    CONSTRAINT fk_training_booking_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_training_booking_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A resident completed a course (once per course), at a session, as recorded by a member of staff.
CREATE TABLE training_completion (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    resident_id  BIGINT       NOT NULL,
    session_id   BIGINT       NULL,
    completed_at DATETIME(6)  NOT NULL,
    recorded_by  VARCHAR(320) NOT NULL,
    CONSTRAINT uk_training_completion UNIQUE (course_id, resident_id),
    INDEX ix_training_completion_resident (resident_id),
    INDEX ix_training_completion_at (completed_at),
    CONSTRAINT fk_training_completion_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_training_completion_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE SET NULL,
    CONSTRAINT fk_training_completion_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An activity may ask that people have done a course first; residents without it may still say they are interested.
ALTER TABLE activity ADD COLUMN requires_course_id BIGINT NULL,
    ADD CONSTRAINT fk_activity_requires_course FOREIGN KEY (requires_course_id) REFERENCES course (id) ON DELETE SET NULL;

-- That a signed-in resident sent a complete response to a consultation on a (London) day, for their involvement
-- history. Deliberately nothing links it to the response or its answers: it is counted, never joined to them.
CREATE TABLE consultation_answered (
    id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resident_id     BIGINT NOT NULL,
    consultation_id BIGINT NOT NULL,
    answered_on     DATE   NOT NULL,
    INDEX ix_consultation_answered_resident (resident_id),
    CONSTRAINT fk_consultation_answered_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE,
    CONSTRAINT fk_consultation_answered_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
