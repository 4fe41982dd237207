-- Meeting registrations and group memberships belong to residents' accounts: they go when the account
-- goes. Rows naming no resident (the old demo's made-up ids 900001 and up) are removed first.
DELETE FROM meeting_registration WHERE resident_id NOT IN (SELECT id FROM resident);
DELETE FROM group_membership WHERE resident_id NOT IN (SELECT id FROM resident);

ALTER TABLE meeting_registration
    ADD CONSTRAINT fk_meeting_registration_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE;
ALTER TABLE group_membership
    ADD CONSTRAINT fk_group_membership_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE;
