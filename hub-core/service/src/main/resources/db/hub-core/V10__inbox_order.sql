-- The inbox shows tickets soonest due first, 50 at a time. "Open" is seven values of status, so an
-- index on (agency_code, status, ...) cannot hand them over in due-date order: every page sorted
-- all of an agency's open tickets first (18,000 for the biggest at a million tickets), and the
-- coordinator's all of the province's (64,000). With the stage of the ticket's life as one column
-- ahead of the due date, a page reads its own 50 index entries and stops.
--
-- inbox_stage (0 open, 1 resolved, 2 closed; TicketStatus.inboxStage) is computed by the database
-- from status, so it never disagrees with it. The id follows the due date because the inbox
-- orders by (due_date, id). A number, not a word: the agency index must stay within InnoDB's
-- 3,072-byte key with the search text in it (V6).
ALTER TABLE ticket ADD COLUMN inbox_stage TINYINT GENERATED ALWAYS AS
  (CASE status WHEN 'RESOLVED' THEN 1 WHEN 'CLOSED' THEN 2 ELSE 0 END);

-- An agency's inbox, with every column it filters on, as ix_ticket_inbox (V6) had.
CREATE INDEX ix_ticket_agency_inbox ON ticket (agency_code, inbox_stage, due_date, id, status,
  category_code, commune_code, channel, assignee_id, search_text);
-- The coordinator's inbox over every agency, and the clock sweep's due tickets.
CREATE INDEX ix_ticket_province_inbox ON ticket (inbox_stage, due_date, id, agency_code, status,
  category_code, commune_code, channel, assignee_id, search_text);
-- "Assigned to me".
CREATE INDEX ix_ticket_assignee_inbox ON ticket (assignee_id, inbox_stage, due_date, id,
  agency_code, status);

-- The indexes these replace. Left beside them, they tempt the optimizer: an index without
-- inbox_stage promises fewer rows for "status IN (...)" and then reads every row to compute it.
DROP INDEX ix_ticket_inbox ON ticket;
DROP INDEX ix_ticket_status_due ON ticket;
DROP INDEX ix_ticket_assignee_scope ON ticket;
