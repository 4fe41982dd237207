-- The sign-in throttles and the limits per client, kept in the database so that every instance of the portal
-- behind a load balancer sees the same counts and a restart forgets none (platform.DatabaseLimitStore).

-- One row per key (say the failures against one account, or the emails asked for from one client): locked
-- while an attempt is decided, so parallel attempts take turns, and the time before which the key must wait.
CREATE TABLE limit_key (
    scope      VARCHAR(40) NOT NULL,
    subject    VARCHAR(64) NOT NULL,
    not_before DATETIME(6) NULL,
    PRIMARY KEY (scope, subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per thing counted (a sign-in attempt let through, an email asked for, a response sent), removed
-- once it no longer matters (forget_at). Accounts are named only by a digest of what was typed.
CREATE TABLE limit_event (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope       VARCHAR(40) NOT NULL,
    subject     VARCHAR(64) NOT NULL,
    tag         VARCHAR(64) NULL,
    happened_at DATETIME(6) NOT NULL,
    forget_at   DATETIME(6) NOT NULL,
    KEY ix_limit_event_key (scope, subject, happened_at),
    KEY ix_limit_event_forget (forget_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
