-- Questions are reordered by staff one step at a time; the order is kept by the consultation, so
-- the database no longer insists on unique positions in the middle of a move.
-- (the new index first: the foreign key on consultation_id needs one at every moment)
CREATE INDEX ix_question_position ON question (consultation_id, position);
ALTER TABLE question DROP INDEX uk_question_position;

-- A publisher can withdraw a published consultation (the reason is the window change reason).
ALTER TABLE consultation ADD COLUMN withdrawn_at DATETIME(6) NULL;

-- Staff previewing the questions go through the pages on a draft marked as a preview; sending it keeps nothing.
ALTER TABLE response_draft ADD COLUMN preview BOOLEAN NOT NULL DEFAULT FALSE;
