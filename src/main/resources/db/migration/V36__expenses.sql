-- Expenses and payment for involvement: the council's policy (one row, set by an admin), residents' claims for the
-- activities they took part in, each line decided by staff, receipts (the files live outside the web root; only their
-- checked type and random name are here), payment batches for the finance system, and the notices sent about claims.
-- Amounts are exact decimals in pounds.
CREATE TABLE expense_policy (
    id                INT           NOT NULL PRIMARY KEY,
    mileage_rate      DECIMAL(10,2) NOT NULL,
    mileage_limit     DECIMAL(10,2) NOT NULL,
    fare_limit        DECIMAL(10,2) NOT NULL,
    care_limit        DECIMAL(10,2) NOT NULL,
    meal_limit        DECIMAL(10,2) NOT NULL,
    interpreter_limit DECIMAL(10,2) NOT NULL,
    time_basis        VARCHAR(20)   NOT NULL,
    time_rate         DECIMAL(10,2) NOT NULL,
    days_to_claim     INT           NOT NULL,
    updated_at        DATETIME(6)   NULL,
    updated_by        VARCHAR(320)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a starting policy an admin changes under Expenses policy: 45p a mile (HMRC's approved rate), modest limits, and
-- £15 an hour for time, as the councils' reward policies suggest
INSERT INTO expense_policy (id, mileage_rate, mileage_limit, fare_limit, care_limit, meal_limit, interpreter_limit,
                            time_basis, time_rate, days_to_claim)
VALUES (1, 0.45, 30.00, 30.00, 60.00, 10.00, 100.00, 'HOURLY', 15.00, 90);

CREATE TABLE expense_claim (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference               VARCHAR(20)   NOT NULL,
    -- null once the resident's account is deleted: claims in a payment batch stay in the council's accounts
    resident_id             BIGINT        NULL,
    activity_id             BIGINT        NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    question                VARCHAR(1000) NULL,
    answer                  VARCHAR(1000) NULL,
    benefits_notice_read_at DATETIME(6)   NULL,
    created_at              DATETIME(6)   NOT NULL,
    sent_at                 DATETIME(6)   NULL,
    decided_at              DATETIME(6)   NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_expense_claim_reference UNIQUE (reference),
    CONSTRAINT uq_expense_claim_once UNIQUE (resident_id, activity_id),
    CONSTRAINT fk_expense_claim_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    INDEX ix_expense_claim_status (status, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE payment_batch (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference  VARCHAR(20)   NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    created_by VARCHAR(320)  NOT NULL,
    total      DECIMAL(12,2) NOT NULL,
    line_count INT           NOT NULL,
    paid_at    DATETIME(6)   NULL,
    paid_by    VARCHAR(320)  NULL,
    CONSTRAINT uq_payment_batch_reference UNIQUE (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expense_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id          BIGINT        NOT NULL,
    -- the line's place in the claim, as the form lists the kinds (rows may be written in any order)
    position          INT           NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    miles             DECIMAL(8,2)  NULL,
    amount            DECIMAL(10,2) NOT NULL,
    detail            VARCHAR(200)  NULL,
    over_limit_reason VARCHAR(500)  NULL,
    status            VARCHAR(20)   NOT NULL,
    refusal_reason    VARCHAR(500)  NULL,
    decided_by        VARCHAR(320)  NULL,
    decided_at        DATETIME(6)   NULL,
    batch_id          BIGINT        NULL,
    paid_at           DATETIME(6)   NULL,
    CONSTRAINT fk_expense_item_claim FOREIGN KEY (claim_id) REFERENCES expense_claim (id) ON DELETE CASCADE,
    CONSTRAINT fk_expense_item_batch FOREIGN KEY (batch_id) REFERENCES payment_batch (id),
    CONSTRAINT ck_expense_item_amount CHECK (amount >= 0),
    INDEX ix_expense_item_payable (status, batch_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expense_receipt (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id    BIGINT       NOT NULL,
    stored_name CHAR(36)     NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    type        VARCHAR(10)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_expense_receipt_stored UNIQUE (stored_name),
    CONSTRAINT fk_expense_receipt_claim FOREIGN KEY (claim_id) REFERENCES expense_claim (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expense_notice (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id   BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    way        VARCHAR(10)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    posted_at  DATETIME(6)  NULL,
    posted_by  VARCHAR(320) NULL,
    CONSTRAINT fk_expense_notice_claim FOREIGN KEY (claim_id) REFERENCES expense_claim (id) ON DELETE CASCADE,
    INDEX ix_expense_notice_post (way, posted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
