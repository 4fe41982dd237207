-- Instants are stored as UTC DATETIME(6); every table is utf8mb4 so Welsh, Urdu, Arabic and emoji round-trip.

CREATE TABLE consultation (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug      VARCHAR(120) NOT NULL,
    opens_at  DATETIME(6)  NOT NULL,
    closes_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_consultation_slug UNIQUE (slug),
    CONSTRAINT ck_consultation_window CHECK (closes_at > opens_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_consultation_window ON consultation (closes_at, opens_at);

CREATE TABLE consultation_text (
    consultation_id BIGINT        NOT NULL,
    language        VARCHAR(16)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (consultation_id, language),
    CONSTRAINT fk_consultation_text FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE involvement_group (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug VARCHAR(120) NOT NULL,
    CONSTRAINT uk_involvement_group_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE involvement_group_text (
    group_id BIGINT        NOT NULL,
    language VARCHAR(16)   NOT NULL,
    name     VARCHAR(200)  NOT NULL,
    purpose  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (group_id, language),
    CONSTRAINT fk_involvement_group_text FOREIGN KEY (group_id) REFERENCES involvement_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-off setup steps already done (e.g. demo data loaded), so a restart never repeats them.
CREATE TABLE setup_step (
    name    VARCHAR(80) NOT NULL PRIMARY KEY,
    done_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
