-- Indexes for the workspace over years of a province's tickets (measured at a million: see
-- docs/benchmarks.md, "Agency workspace at a million tickets"). Open tickets are a few percent of
-- all, and the older open ones lie scattered over the whole table, so a query that reads their
-- rows touches thousands of pages. ix_ticket_inbox keeps each agency's tickets by status together
-- with every column the inbox filters on, search text included: the inbox counts read no row at
-- all, and an inbox page only the rows it matches.
--
-- Exactly one index begins with (agency_code, status). With several, MariaDB 10.11 was seen to
-- run a prepared COUNT again on whichever promised the fewest rows, even one without the filtered
-- column, reading thousands of rows instead of none. So ix_ticket_inbox replaces
-- ix_ticket_agency_status, and the league table's index starts (agency_code, on_time, ...).

-- Search text fits in the index only up to 630 characters: InnoDB keys stop at 3,072 bytes and
-- utf8mb4 counts 4 a character (the other columns take 531). TicketStore cuts it there.
UPDATE ticket SET search_text = SUBSTRING(search_text, 1, 630) WHERE CHAR_LENGTH(search_text) > 630;
ALTER TABLE ticket MODIFY search_text VARCHAR(630) NULL;

CREATE INDEX ix_ticket_inbox ON ticket (agency_code, status, due_date, category_code,
  commune_code, channel, assignee_id, search_text);
DROP INDEX ix_ticket_agency_status ON ticket;

-- The league table adds up every ticket by agency: the narrowest index that holds its columns.
CREATE INDEX ix_ticket_league_totals ON ticket (agency_code, on_time, status, due_date);
DROP INDEX ix_ticket_league ON ticket;

-- "Assigned to me": the officer's tickets in a status, with the agency that scopes every query.
CREATE INDEX ix_ticket_assignee_scope ON ticket (assignee_id, status, agency_code, due_date);
DROP INDEX ix_ticket_assignee ON ticket;
