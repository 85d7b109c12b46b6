-- Nonces of signed requests seen within the timestamp window: the unique key refuses a replay.
-- Rows older than the window are purged (NonceLedger), since the timestamp check refuses those.
CREATE TABLE app_request_nonce (
  app_id  VARCHAR(40)  NOT NULL,
  nonce   VARCHAR(64)  NOT NULL,
  seen_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_app_request_nonce PRIMARY KEY (app_id, nonce)
) ${table_options};

CREATE INDEX ix_app_request_nonce_seen ON app_request_nonce (seen_at);

-- The reports each app user sent through this channel: "my reports" and who may rate a ticket.
-- No personal data: the app's own opaque user id, the tracking code, what kind of report.
CREATE TABLE app_report (
  app_id        VARCHAR(40)   NOT NULL,
  app_user_id   VARCHAR(100)  NOT NULL,
  tracking_code VARCHAR(16)   NOT NULL,
  kind          VARCHAR(30)   NOT NULL,
  category_code VARCHAR(40)   NULL,
  created_at    DATETIME(3)   NOT NULL,
  CONSTRAINT pk_app_report PRIMARY KEY (app_id, app_user_id, tracking_code)
) ${table_options};

CREATE INDEX ix_app_report_user ON app_report (app_id, app_user_id, created_at);
