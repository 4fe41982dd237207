-- A published window can be extended or closed early, each with a reason shown publicly.
ALTER TABLE consultation ADD COLUMN window_change VARCHAR(20) NULL;
ALTER TABLE consultation_text ADD COLUMN window_change_reason VARCHAR(2000) NULL;
