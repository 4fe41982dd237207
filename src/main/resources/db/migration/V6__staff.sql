-- The back office's staff: accounts, their roles and recovery codes, and the audit trail of what they do.

-- Passwords and recovery codes are kept only as hashes. An account is disabled rather than deleted, so
-- the audit trail still names who did what. The email is stored in lower case; the collation also makes
-- its uniqueness ignore case.
CREATE TABLE staff_account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email               VARCHAR(320) NOT NULL,
    display_name        VARCHAR(100) NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    totp_secret         VARCHAR(64)  NULL,
    totp_last_step      BIGINT       NULL,
    totp_enrolled_at    DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    disabled            BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_staff_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roles add up: EDITOR, PUBLISHER, ANALYST, ADMIN.
CREATE TABLE staff_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_staff_account_role FOREIGN KEY (account_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use codes for when the authenticator app is lost, each as its own salted hash. A used code keeps
-- its row with the time it was used; a new set replaces the old rows.
CREATE TABLE staff_recovery_code (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    code_hash  VARCHAR(100) NOT NULL,
    used_at    DATETIME(6)  NULL,
    CONSTRAINT fk_staff_recovery_code_account FOREIGN KEY (account_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_staff_recovery_code_account ON staff_recovery_code (account_id);

-- Who did what in the back office, and when; rows are only ever added. The actor is named by email, with
-- no foreign key, so a line outlives the account. No personal answers or equality data ever go in it:
-- subjects are named by type and id, and detail holds facts such as a new closing date or roles given.
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    actor_email  VARCHAR(320)  NULL,
    action       VARCHAR(40)   NOT NULL,
    subject_type VARCHAR(40)   NULL,
    subject_id   VARCHAR(100)  NULL,
    detail       VARCHAR(1000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_email, occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id, occurred_at);
