-- GET /api/public/requests (and Open311's GET requests): newest first over a span of time, all
-- categories or a few. Without these the list scans every ticket.
CREATE INDEX ix_ticket_received ON ticket (received_at, id);
CREATE INDEX ix_ticket_category_received ON ticket (category_code, received_at, id);
