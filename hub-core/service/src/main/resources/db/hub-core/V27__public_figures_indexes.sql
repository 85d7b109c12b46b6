-- The public figures' monthly recount (FigureRollup) finds the tickets resolved in a month, and the
-- backlog (received before a month's end, not resolved by then) through the resolution time: a
-- range of this index, not a read of the whole table. Tickets received in a month are found
-- through ix_ticket_received (V22).
CREATE INDEX ix_ticket_resolved ON ticket (resolved_at, received_at);
