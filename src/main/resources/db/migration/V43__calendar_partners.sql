-- Partner organisations (a carers' centre, a user-led charity, the NHS trust ...) named by admins, with a contact
-- and a logo (an image kept outside the application, named by a random id); editors name one on the consultations
-- and meetings it runs, which the public pages and the calendar show and filter by.
CREATE TABLE partner_organisation (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug          VARCHAR(120) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    contact_email VARCHAR(320) NULL,
    contact_phone VARCHAR(40)  NULL,
    website       VARCHAR(500) NULL,
    logo_file     VARCHAR(36)  NULL,
    logo_type     VARCHAR(40)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_partner_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE consultation ADD COLUMN partner_id BIGINT NULL,
    ADD CONSTRAINT fk_consultation_partner FOREIGN KEY (partner_id) REFERENCES partner_organisation (id) ON DELETE SET NULL;

ALTER TABLE meeting ADD COLUMN partner_id BIGINT NULL,
    ADD CONSTRAINT fk_meeting_partner FOREIGN KEY (partner_id) REFERENCES partner_organisation (id) ON DELETE SET NULL;
