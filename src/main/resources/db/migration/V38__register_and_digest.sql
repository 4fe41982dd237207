-- The register of involved people and "Keep me informed" digests.
--
-- In the profile: whether the resident may be contacted about taking part (off for every existing account, so
-- no one appears in the register who did not say yes), whether they want the digest (on: choosing topics was
-- asking to be kept informed; they can stop it), when they can take part, and the postcode district of their
-- postal address, worked out from the address when the profile is saved. The district is not asked for:
-- residents already give an address for post, and a district (CF10, SA1) is what staff mean by an area; an
-- account without a saved profile has none, and appears in the register only after saving it with consent.
ALTER TABLE resident
    ADD COLUMN contact_consent   BOOLEAN    NOT NULL DEFAULT FALSE,
    ADD COLUMN keep_informed     BOOLEAN    NOT NULL DEFAULT TRUE,
    ADD COLUMN postcode_district VARCHAR(4) NULL,
    ADD INDEX ix_resident_register (contact_consent, involvement);

CREATE TABLE resident_availability (
    resident_id  BIGINT      NOT NULL,
    availability VARCHAR(20) NOT NULL,
    PRIMARY KEY (resident_id, availability),
    CONSTRAINT fk_resident_availability FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invitation staff sent to the people a register search found: the words (English, and Welsh when anyone on
-- the list writes in Welsh), what it invites to, and the search in words (never names).
CREATE TABLE register_invitation (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    about       VARCHAR(300)  NULL,
    criteria    VARCHAR(1000) NOT NULL,
    subject_en  VARCHAR(200)  NOT NULL,
    body_en     TEXT          NOT NULL,
    subject_cy  VARCHAR(200)  NULL,
    body_cy     TEXT          NULL,
    sent_by     VARCHAR(320)  NOT NULL,
    sent_at     DATETIME(6)   NOT NULL,
    emailed     INT           NOT NULL DEFAULT 0,
    not_emailed INT           NOT NULL DEFAULT 0,
    INDEX ix_register_invitation_sent (sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who an invitation went to and how, so its letters can be printed later; goes with the account.
CREATE TABLE register_invitation_recipient (
    invitation_id BIGINT      NOT NULL,
    resident_id   BIGINT      NOT NULL,
    way           VARCHAR(10) NOT NULL,
    language      VARCHAR(10) NOT NULL,
    PRIMARY KEY (invitation_id, resident_id),
    INDEX ix_invitation_recipient_resident (resident_id),
    CONSTRAINT fk_invitation_recipient_invitation FOREIGN KEY (invitation_id) REFERENCES register_invitation (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitation_recipient_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the digest job first saw each consultation, group or activity open, so "new since the last digest" needs
-- no publishing date from those features. What is open already when this runs was seen long ago: only what
-- opens from now on is news.
CREATE TABLE digest_seen (
    kind    VARCHAR(20) NOT NULL,
    item_id BIGINT      NOT NULL,
    seen_at DATETIME(6) NOT NULL,
    PRIMARY KEY (kind, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO digest_seen (kind, item_id, seen_at)
SELECT 'CONSULTATION', id, '2000-01-01 00:00:00' FROM consultation WHERE published_at IS NOT NULL;
INSERT INTO digest_seen (kind, item_id, seen_at)
SELECT 'GROUP', id, '2000-01-01 00:00:00' FROM involvement_group WHERE listed = TRUE;
INSERT INTO digest_seen (kind, item_id, seen_at)
SELECT 'ACTIVITY', id, '2000-01-01 00:00:00' FROM activity WHERE published = TRUE;

-- Each digest made for a resident: when, how (email, or the post list staff print), in which language, and what
-- it held in words; the newest one says when the next is due. Goes with the account.
CREATE TABLE digest_sent (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resident_id BIGINT      NOT NULL,
    sent_at     DATETIME(6) NOT NULL,
    way         VARCHAR(10) NOT NULL,
    language    VARCHAR(10) NOT NULL,
    items       INT         NOT NULL,
    contents    TEXT        NOT NULL,
    INDEX ix_digest_sent_resident (resident_id, sent_at),
    INDEX ix_digest_sent_way (way, sent_at),
    CONSTRAINT fk_digest_sent_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
