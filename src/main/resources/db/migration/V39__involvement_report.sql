-- The published involvement report: a period (financial or calendar year, or a quarter) with staff's introduction
-- and easy-read summary in each language (English and Welsh required), and its figures frozen when it was published,
-- table by table, so the report never changes afterwards. Figures are kept as counted; the report shows small
-- counts as "fewer than 5" when it shows them.
CREATE TABLE involvement_report (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(20)  NOT NULL,
    period_kind  VARCHAR(20)  NOT NULL,
    first_day    DATE         NOT NULL,
    last_day     DATE         NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(320) NOT NULL,
    CONSTRAINT uq_involvement_report_slug UNIQUE (slug),
    INDEX ix_involvement_report_published (published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE involvement_report_text (
    report_id    BIGINT        NOT NULL,
    language     VARCHAR(16)   NOT NULL,
    introduction VARCHAR(2000) NOT NULL,
    easy_read    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (report_id, language),
    CONSTRAINT fk_involvement_report_text FOREIGN KEY (report_id) REFERENCES involvement_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each table of each part, in the order shown; words are bundle keys, column keys joined by '|'.
CREATE TABLE involvement_report_table (
    report_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    part_key    VARCHAR(120)  NOT NULL,
    caption_key VARCHAR(120)  NOT NULL,
    column_keys VARCHAR(2000) NOT NULL,
    parts       BOOLEAN       NOT NULL,
    total_row   BOOLEAN       NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_involvement_report_table FOREIGN KEY (report_id) REFERENCES involvement_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A row: a bundle key, or a text as it was then (a consultation's title), and perhaps a link to a page of the portal.
CREATE TABLE involvement_report_row (
    report_id      BIGINT       NOT NULL,
    table_position INT          NOT NULL,
    position       INT          NOT NULL,
    label_key      VARCHAR(120) NULL,
    label          VARCHAR(300) NULL,
    link           VARCHAR(300) NULL,
    PRIMARY KEY (report_id, table_position, position),
    CONSTRAINT fk_involvement_report_row FOREIGN KEY (report_id, table_position)
        REFERENCES involvement_report_table (report_id, position) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A figure: a count, or an exact amount (money in pounds, or a percentage), or not known.
CREATE TABLE involvement_report_figure (
    report_id      BIGINT         NOT NULL,
    table_position INT            NOT NULL,
    row_position   INT            NOT NULL,
    position       INT            NOT NULL,
    kind           VARCHAR(10)    NOT NULL,
    count          BIGINT         NOT NULL DEFAULT 0,
    amount         DECIMAL(17, 2) NULL,
    PRIMARY KEY (report_id, table_position, row_position, position),
    CONSTRAINT fk_involvement_report_figure FOREIGN KEY (report_id, table_position, row_position)
        REFERENCES involvement_report_row (report_id, table_position, position) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
