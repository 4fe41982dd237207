-- Action plans (an involvement strategy's plan, an inspection's action plan): a plan's title and summary in each
-- language (English required), its themes in order, and its actions: what, the lead (a named role, never a person's
-- details), a timescale (a due date or a quarter), a RAG status, the outcome hoped for, and what each comes from.
CREATE TABLE action_plan (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(120) NOT NULL,
    published    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_action_plan_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_plan_text (
    plan_id  BIGINT        NOT NULL,
    language VARCHAR(16)   NOT NULL,
    title    VARCHAR(200)  NOT NULL,
    summary  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (plan_id, language),
    CONSTRAINT fk_action_plan_text FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_plan_theme (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    title    VARCHAR(300) NOT NULL,
    INDEX ix_action_plan_theme_plan (plan_id, position),
    CONSTRAINT fk_action_plan_theme_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_action (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    theme_id        BIGINT        NOT NULL,
    position        INT           NOT NULL,
    what            VARCHAR(2000) NOT NULL,
    lead_role       VARCHAR(200)  NOT NULL,
    due_on          DATE          NULL,
    due_quarter     VARCHAR(7)    NULL,
    rag             VARCHAR(10)   NOT NULL,
    outcome         VARCHAR(2000) NULL,
    consultation_id BIGINT        NULL,
    feedback_consultation_id BIGINT NULL,
    group_id        BIGINT        NULL,
    INDEX ix_plan_action_plan (plan_id, position),
    INDEX ix_plan_action_consultation (consultation_id),
    CONSTRAINT fk_plan_action_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_action_theme FOREIGN KEY (theme_id) REFERENCES action_plan_theme (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_action_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE SET NULL,
    CONSTRAINT fk_plan_action_feedback FOREIGN KEY (feedback_consultation_id) REFERENCES consultation (id) ON DELETE SET NULL,
    CONSTRAINT fk_plan_action_group FOREIGN KEY (group_id) REFERENCES involvement_group (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A dated progress update on an action, with the status it leaves the action at: publishing one is an action moving.
CREATE TABLE action_update (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action_id    BIGINT        NOT NULL,
    progress_on  DATE          NOT NULL,
    words        VARCHAR(2000) NOT NULL,
    rag          VARCHAR(10)   NOT NULL,
    published_at DATETIME(6)   NOT NULL,
    INDEX ix_action_update_action (action_id, progress_on, id),
    CONSTRAINT fk_action_update_action FOREIGN KEY (action_id) REFERENCES plan_action (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A signed-in resident follows a plan (once), and each update they were told of (once: the key forbids a second).
CREATE TABLE plan_follower (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT      NOT NULL,
    resident_id BIGINT      NOT NULL,
    followed_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_plan_follower UNIQUE (plan_id, resident_id),
    INDEX ix_plan_follower_resident (resident_id),
    CONSTRAINT fk_plan_follower_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_follower_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_update_notice (
    update_id   BIGINT      NOT NULL,
    resident_id BIGINT      NOT NULL,
    way         VARCHAR(10) NOT NULL,
    told_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (update_id, resident_id),
    INDEX ix_action_update_notice_resident (resident_id),
    CONSTRAINT fk_action_update_notice_update FOREIGN KEY (update_id) REFERENCES action_update (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_update_notice_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
