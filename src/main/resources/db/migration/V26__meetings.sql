-- Group meetings, residents' registrations (with a waiting list) and group memberships.
-- resident_id has no foreign key yet: the residents' table comes with people's accounts.

CREATE TABLE meeting (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id         BIGINT        NOT NULL,
    starts_at        DATETIME(6)   NOT NULL,
    ends_at          DATETIME(6)   NOT NULL,
    venue            VARCHAR(500)  NULL,
    online_link      VARCHAR(1000) NULL,
    capacity         INT           NOT NULL,
    reminder_sent_at DATETIME(6)   NULL,
    CONSTRAINT ck_meeting_time CHECK (ends_at > starts_at),
    CONSTRAINT ck_meeting_capacity CHECK (capacity > 0),
    CONSTRAINT ck_meeting_place CHECK (venue IS NOT NULL OR online_link IS NOT NULL),
    INDEX ix_meeting_group_start (group_id, starts_at),
    INDEX ix_meeting_start (starts_at),
    CONSTRAINT fk_meeting_group FOREIGN KEY (group_id) REFERENCES involvement_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_text (
    meeting_id BIGINT        NOT NULL,
    language   VARCHAR(16)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    details    VARCHAR(2000) NULL,
    PRIMARY KEY (meeting_id, language),
    CONSTRAINT fk_meeting_text FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_support (
    meeting_id BIGINT      NOT NULL,
    support    VARCHAR(40) NOT NULL,
    PRIMARY KEY (meeting_id, support),
    CONSTRAINT fk_meeting_support FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_minutes (
    meeting_id     BIGINT      NOT NULL,
    language       VARCHAR(16) NOT NULL,
    minutes_html   MEDIUMTEXT  NOT NULL,
    easy_read_html MEDIUMTEXT  NULL,
    published_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (meeting_id, language),
    CONSTRAINT fk_meeting_minutes FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_registration (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id        BIGINT        NOT NULL,
    resident_id       BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    waitlist_position INT           NULL,
    access_needs      VARCHAR(2000) NULL,
    registered_at     DATETIME(6)   NOT NULL,
    changed_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_meeting_registration UNIQUE (meeting_id, resident_id),
    INDEX ix_meeting_registration_status (meeting_id, status, waitlist_position),
    INDEX ix_meeting_registration_resident (resident_id),
    CONSTRAINT fk_meeting_registration FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_registration_support (
    registration_id BIGINT      NOT NULL,
    support         VARCHAR(40) NOT NULL,
    PRIMARY KEY (registration_id, support),
    CONSTRAINT fk_meeting_registration_support FOREIGN KEY (registration_id) REFERENCES meeting_registration (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE group_membership (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id     BIGINT       NOT NULL,
    resident_id  BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    decided_at   DATETIME(6)  NULL,
    decided_by   VARCHAR(320) NULL,
    CONSTRAINT uk_group_membership UNIQUE (group_id, resident_id),
    INDEX ix_group_membership_status (group_id, status),
    INDEX ix_group_membership_resident (resident_id),
    CONSTRAINT fk_group_membership_group FOREIGN KEY (group_id) REFERENCES involvement_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
