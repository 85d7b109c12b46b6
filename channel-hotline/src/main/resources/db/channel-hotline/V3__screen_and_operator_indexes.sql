-- Each replica reads the last few seconds of call events to pop callers up on its operators'
-- screens (by time, not by id: a transaction that commits late with a lower id is still seen).
CREATE INDEX ix_hotline_event_received ON hotline_call_event (received_at);

-- An operator's console, reloaded, finds the call they were on.
CREATE INDEX ix_hotline_call_operator ON hotline_call (operator, started_at);
