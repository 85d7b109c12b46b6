-- Indexes for the workspace over years of a province's tickets (measured at a million: see
-- docs/benchmarks.md, "Agency workspace at a million tickets"). Open tickets are a few percent of
-- all, and the older open ones lie scattered over the whole table: a query that has to read their
-- rows touches thousands of pages. These indexes keep each agency's open tickets together with
-- every column the inbox filters on, so its counts (and its pages, read as a deferred join) need
-- no row but the few shown.

-- The inbox's filters, by agency and status: replaces ix_ticket_agency_status, its prefix.
CREATE INDEX ix_ticket_inbox ON ticket (agency_code, status, due_date, category_code,
  commune_code, channel, assignee_id);
DROP INDEX ix_ticket_agency_status ON ticket;

-- Staff search ("duong" finds "đường") over an agency's tickets in a status without reading rows.
-- The key is 3,059 bytes in utf8mb4, under InnoDB's 3,072: search_text cannot grow past 700.
CREATE INDEX ix_ticket_inbox_search ON ticket (agency_code, status, due_date, search_text);

-- "Assigned to me": the officer's tickets in a status, with the agency that scopes every query.
CREATE INDEX ix_ticket_assignee_scope ON ticket (assignee_id, status, agency_code, due_date);
DROP INDEX ix_ticket_assignee ON ticket;
