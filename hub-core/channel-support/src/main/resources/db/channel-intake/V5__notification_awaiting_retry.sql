-- A notice waiting for its next try after a failed delivery (as against one leased to a sender
-- right now): when the outside API is back, these are brought forward instead of waiting out
-- their backoff (up to 30 minutes), and a lease is never touched, so nobody is told twice.
ALTER TABLE channel_notification ADD COLUMN awaiting_retry BOOLEAN NOT NULL DEFAULT FALSE;
