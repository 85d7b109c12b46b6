-- The outbox relay claims a batch with a lease in a short transaction and sends it to Kafka with
-- no transaction open, instead of holding the rows FOR UPDATE across the send (up to 30 s when
-- Kafka is slow). A relay that dies mid-send leaves a lease that expires; the rows go again.
ALTER TABLE outbox_message ADD COLUMN claimed_until DATETIME(3) NULL;
