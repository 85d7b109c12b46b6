-- The retention purge (docs/retention.md) finds delivered notifications by when they were done.
CREATE INDEX ix_notification_done ON channel_notification (state, done_at);
