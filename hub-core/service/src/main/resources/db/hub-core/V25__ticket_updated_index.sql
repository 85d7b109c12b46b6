-- The public search keeps its index fresh by reading the tickets changed since its last look
-- (SearchRefresher: updated_at above a watermark) every few seconds; without this index each
-- look read the whole table, a million rows at a province's scale.
CREATE INDEX ix_ticket_updated ON ticket (updated_at);
