-- Settings admins change on the staff screens (the first value of each comes from configuration).
CREATE TABLE portal_setting (
    name  VARCHAR(80)  NOT NULL PRIMARY KEY,
    value VARCHAR(500) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A question the portal adds itself, such as the one on effects on the Welsh language.
ALTER TABLE question ADD COLUMN purpose VARCHAR(30) NULL;
