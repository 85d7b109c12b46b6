-- Notifications a channel has taken from hub.notify.v1 and must deliver in its medium. Kept
-- before the Kafka offset is committed, so a notice survives a crash or an outage of the outside
-- API, and retried with backoff until it is sent, handed back or given up.
CREATE TABLE channel_notification (
  notification_id VARCHAR(64)  NOT NULL PRIMARY KEY,
  channel         VARCHAR(16)  NOT NULL,
  payload         TEXT         NOT NULL,
  state           VARCHAR(12)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3)  NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  done_at         DATETIME(3)  NULL,
  last_error      VARCHAR(300) NULL
) ${table_options};

CREATE INDEX ix_notification_due ON channel_notification (channel, state, next_attempt_at);
