-- A question's easy-read wording and what its picture shows, per language, and its picture:
-- easy-read mode shows them to people answering.
ALTER TABLE question_text
    ADD COLUMN easy_read     VARCHAR(500) NULL,
    ADD COLUMN easy_read_alt VARCHAR(300) NULL;
ALTER TABLE question
    ADD COLUMN easy_read_picture VARCHAR(40) NULL;
