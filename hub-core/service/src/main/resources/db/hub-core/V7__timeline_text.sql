-- A citizen's follow-up or "not fixed" comment may be 4,000 characters (the intake contract's
-- limit) and is kept whole on the internal timeline: the lines become TEXT.
ALTER TABLE timeline_entry MODIFY text_vi TEXT NOT NULL;
ALTER TABLE timeline_entry MODIFY text_en TEXT NOT NULL;
