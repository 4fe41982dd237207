-- Involvement activities beside groups and meetings: one-off opportunities of a kind (a Quality Checker visit,
-- a recruitment panel, a co-production workshop ...) at a rung of the ladder of participation, with their words
-- in each language (English required), and residents' interest in them with the needs they told us about.
CREATE TABLE activity (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(120) NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    ladder       VARCHAR(20)  NOT NULL,
    topic        VARCHAR(40)  NOT NULL,
    client_group VARCHAR(40)  NOT NULL,
    starts_at    DATETIME(6)  NOT NULL,
    ends_at      DATETIME(6)  NOT NULL,
    places       INT          NOT NULL,
    paid         BOOLEAN      NOT NULL DEFAULT FALSE,
    published    BOOLEAN      NOT NULL DEFAULT FALSE,
    -- what it led to, in a sentence, recorded by staff once it has started
    outcome      VARCHAR(500) NULL,
    CONSTRAINT uq_activity_slug UNIQUE (slug),
    INDEX ix_activity_published (published, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_text (
    activity_id BIGINT        NOT NULL,
    language    VARCHAR(16)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    venue       VARCHAR(500)  NULL,
    access      VARCHAR(2000) NULL,
    PRIMARY KEY (activity_id, language),
    CONSTRAINT fk_activity_text FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_support (
    activity_id BIGINT      NOT NULL,
    support     VARCHAR(40) NOT NULL,
    PRIMARY KEY (activity_id, support),
    CONSTRAINT fk_activity_support FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One expression of interest per resident and activity; the needs are copied from the profile as they were then,
-- so staff planning the day see what the person asked for even if the profile changes later. Staff then choose who
-- takes part (no more than the places) and, once it has started, mark who came.
CREATE TABLE activity_interest (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id  BIGINT        NOT NULL,
    resident_id  BIGINT        NOT NULL,
    needs        VARCHAR(200)  NULL,
    access_needs VARCHAR(1000) NULL,
    expressed_at DATETIME(6)   NOT NULL,
    status       VARCHAR(20)   NOT NULL DEFAULT 'INTERESTED',
    decided_at   DATETIME(6)   NULL,
    decided_by   VARCHAR(320)  NULL,
    attended     BOOLEAN       NULL,
    CONSTRAINT uk_activity_interest UNIQUE (activity_id, resident_id),
    INDEX ix_activity_interest_resident (resident_id),
    CONSTRAINT fk_activity_interest_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_interest_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
