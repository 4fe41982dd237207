-- Requests for another format answered on time: a due date (10 working days), where each stands and who handles
-- it, the acknowledgement and the "it is sent" notice, the produced file (kept outside the WAR, named by a random
-- id) and the private link to it (only a hash of its token is kept). A request made while signed in names the
-- account, so it is listed on "my data" and goes when the account is deleted.
ALTER TABLE format_request
    ADD COLUMN resident_id          BIGINT        NULL,
    ADD COLUMN due_on               DATE          NULL,
    ADD COLUMN status               VARCHAR(20)   NOT NULL DEFAULT 'NEW',
    ADD COLUMN reason               VARCHAR(1000) NULL,
    ADD COLUMN handler_email        VARCHAR(320)  NULL,
    ADD COLUMN acknowledged_at      DATETIME(6)   NULL,
    ADD COLUMN sent_at              DATETIME(6)   NULL,
    ADD COLUMN told_sent_at         DATETIME(6)   NULL,
    ADD COLUMN file_stored_name     CHAR(36)      NULL,
    ADD COLUMN file_name            VARCHAR(200)  NULL,
    ADD COLUMN file_type            VARCHAR(20)   NULL,
    ADD COLUMN file_size            BIGINT        NULL,
    ADD COLUMN download_token_hash  CHAR(64)      NULL,
    ADD COLUMN download_until       DATETIME(6)   NULL,
    ADD COLUMN downloads            INT           NOT NULL DEFAULT 0,
    ADD CONSTRAINT fk_format_request_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE SET NULL,
    ADD CONSTRAINT uk_format_request_token UNIQUE (download_token_hash);

-- requests kept before due dates existed: ten working days are about fourteen calendar days
UPDATE format_request SET due_on = DATE_ADD(DATE(requested_at), INTERVAL 14 DAY) WHERE due_on IS NULL;
ALTER TABLE format_request MODIFY due_on DATE NOT NULL;

CREATE INDEX ix_format_request_queue ON format_request (status, due_on);
