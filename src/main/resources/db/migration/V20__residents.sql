-- Residents' accounts and their involvement profiles (the register).

-- A resident signs up with an email address; the password is kept only as a hash. An account cannot
-- sign in with its password until the email address is verified. The email is stored in lower case; the
-- collation also makes its uniqueness ignore case. Deleting an account deletes every row below with it.
CREATE TABLE resident (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email                 VARCHAR(320)  NOT NULL,
    password_hash         VARCHAR(255)  NOT NULL,
    language              VARCHAR(10)   NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    verified_at           DATETIME(6)   NULL,
    -- the involvement profile
    display_name          VARCHAR(100)  NULL,
    involvement           VARCHAR(20)   NULL,
    preferred_language    VARCHAR(60)   NULL,
    access_needs          VARCHAR(1000) NULL,
    phone                 VARCHAR(20)   NULL,
    postal_address        VARCHAR(500)  NULL,
    welsh_correspondence  BOOLEAN       NOT NULL DEFAULT FALSE,
    profile_updated_at    DATETIME(6)   NULL,
    CONSTRAINT uk_resident_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Topics (consultation Topic names) a resident cares about.
CREATE TABLE resident_topic (
    resident_id BIGINT      NOT NULL,
    topic       VARCHAR(40) NOT NULL,
    PRIMARY KEY (resident_id, topic),
    CONSTRAINT fk_resident_topic FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Client groups (consultation ClientGroup names) a resident cares about.
CREATE TABLE resident_client_group (
    resident_id  BIGINT      NOT NULL,
    client_group VARCHAR(40) NOT NULL,
    PRIMARY KEY (resident_id, client_group),
    CONSTRAINT fk_resident_client_group FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Communication needs: EASY_READ, LARGE_PRINT, BRAILLE, AUDIO, BSL, INTERPRETER.
CREATE TABLE resident_communication_need (
    resident_id BIGINT      NOT NULL,
    need        VARCHAR(20) NOT NULL,
    PRIMARY KEY (resident_id, need),
    CONSTRAINT fk_resident_communication_need FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How a resident wants to be contacted: EMAIL, PHONE, TEXT, POST.
CREATE TABLE resident_contact_way (
    resident_id BIGINT      NOT NULL,
    way         VARCHAR(10) NOT NULL,
    PRIMARY KEY (resident_id, way),
    CONSTRAINT fk_resident_contact_way FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tokens sent by email (verify the address, sign in with a link): only a SHA-256 hash of the token is
-- kept, each is used once and expires.
CREATE TABLE resident_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resident_id BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    CONSTRAINT uk_resident_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_resident_token_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_resident_token_resident ON resident_token (resident_id);
