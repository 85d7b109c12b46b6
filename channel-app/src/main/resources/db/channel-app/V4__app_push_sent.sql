-- Which devices already got a notice (channel-app). A notice reaching one device and failing for
-- now on another is tried again; these rows make the retry skip the devices already reached, so
-- no phone shows the same notice twice. Kept for a few days (longer than the 48 h a notice is
-- retried), then purged.
CREATE TABLE app_push_sent (
  notification_id VARCHAR(64) NOT NULL,
  device_id       BIGINT      NOT NULL,
  sent_at         DATETIME(3) NOT NULL,
  PRIMARY KEY (notification_id, device_id)
) ${table_options};
CREATE INDEX ix_app_push_sent_age ON app_push_sent (sent_at);
