-- Whether a member agreed, when joining, that the group may share their name and contact details with
-- its other members (a contact list staff can export). Nobody has agreed until they say so.
ALTER TABLE group_membership ADD COLUMN share_details BOOLEAN NOT NULL DEFAULT FALSE;

-- Messages staff sent to a group's members: the words in English (and Welsh), who sent them and when,
-- and how many were emailed, or left to staff to post or phone from the printable list.
CREATE TABLE group_message (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id   BIGINT       NOT NULL,
    subject_en VARCHAR(200) NOT NULL,
    body_en    TEXT         NOT NULL,
    subject_cy VARCHAR(200) NULL,
    body_cy    TEXT         NULL,
    sent_by    VARCHAR(320) NOT NULL,
    sent_at    DATETIME(6)  NOT NULL,
    emailed    INT          NOT NULL,
    not_emailed INT         NOT NULL,
    INDEX ix_group_message_group (group_id, sent_at),
    CONSTRAINT fk_group_message_group FOREIGN KEY (group_id) REFERENCES involvement_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
