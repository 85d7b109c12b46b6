-- A published question and answer in English too, for the portal's English readers: written by
-- the lead who reviews the draft (no machine translation), masked on every save as the Vietnamese
-- texts are. NULL: Vietnamese only, and the English page says so.
ALTER TABLE published_answer ADD COLUMN question_en VARCHAR(4000) NULL;
ALTER TABLE published_answer ADD COLUMN answer_en VARCHAR(4000) NULL;
