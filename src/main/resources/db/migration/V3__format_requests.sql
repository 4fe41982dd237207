-- Requests for information in another format or language, kept for staff to act on.
CREATE TABLE format_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference      VARCHAR(20)   NOT NULL,
    requested_at   DATETIME(6)   NOT NULL,
    page_language  VARCHAR(16)   NOT NULL,
    format         VARCHAR(30)   NOT NULL,
    language       VARCHAR(100)  NULL,
    about          VARCHAR(300)  NULL,
    details        VARCHAR(1000) NULL,
    name           VARCHAR(100)  NOT NULL,
    contact_method VARCHAR(10)   NOT NULL,
    contact        VARCHAR(500)  NOT NULL,
    CONSTRAINT uk_format_request_reference UNIQUE (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
