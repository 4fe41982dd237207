-- What a resident reads in the group directory: who a group is for, what it is about, how and where it
-- meets, the support offered, expenses or payment, and whether joining needs staff approval.

ALTER TABLE involvement_group
    ADD COLUMN meeting_mode   VARCHAR(20)  NOT NULL DEFAULT 'IN_PERSON',
    ADD COLUMN area           VARCHAR(100) NULL,
    ADD COLUMN payment        VARCHAR(20)  NOT NULL DEFAULT 'NONE',
    ADD COLUMN needs_approval BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN contact_email  VARCHAR(320) NULL,
    ADD COLUMN contact_phone  VARCHAR(40)  NULL,
    ADD COLUMN listed         BOOLEAN      NOT NULL DEFAULT TRUE;

CREATE INDEX ix_involvement_group_area ON involvement_group (area);

ALTER TABLE involvement_group_text
    ADD COLUMN who_can_join    VARCHAR(2000) NULL,
    ADD COLUMN meeting_pattern VARCHAR(1000) NULL,
    ADD COLUMN venue           VARCHAR(500)  NULL,
    ADD COLUMN venue_access    VARCHAR(2000) NULL,
    ADD COLUMN time_commitment VARCHAR(1000) NULL,
    ADD COLUMN expenses        VARCHAR(1000) NULL,
    ADD COLUMN contact_name    VARCHAR(200)  NULL,
    ADD COLUMN eligibility     VARCHAR(2000) NULL;

CREATE TABLE involvement_group_topic (
    group_id BIGINT      NOT NULL,
    topic    VARCHAR(40) NOT NULL,
    PRIMARY KEY (group_id, topic),
    INDEX ix_involvement_group_topic (topic),
    CONSTRAINT fk_involvement_group_topic FOREIGN KEY (group_id) REFERENCES involvement_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE involvement_group_client_group (
    group_id     BIGINT      NOT NULL,
    client_group VARCHAR(40) NOT NULL,
    PRIMARY KEY (group_id, client_group),
    INDEX ix_involvement_group_client_group (client_group),
    CONSTRAINT fk_involvement_group_client_group FOREIGN KEY (group_id) REFERENCES involvement_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE involvement_group_support (
    group_id BIGINT      NOT NULL,
    support  VARCHAR(40) NOT NULL,
    PRIMARY KEY (group_id, support),
    CONSTRAINT fk_involvement_group_support FOREIGN KEY (group_id) REFERENCES involvement_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE involvement_group_easy_read_idea (
    group_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    language VARCHAR(16)  NOT NULL,
    text     VARCHAR(500) NOT NULL,
    picture  VARCHAR(80)  NOT NULL,
    alt_text VARCHAR(300) NOT NULL,
    PRIMARY KEY (group_id, position),
    CONSTRAINT fk_involvement_group_easy_read FOREIGN KEY (group_id) REFERENCES involvement_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
