-- Intake a channel has accepted from a citizen and must deliver to hub.intake.v1.
-- A row is written before the citizen is answered, so nothing a citizen was told was received is lost.
CREATE TABLE channel_intake_outbox (
  envelope_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
  channel         VARCHAR(16)  NOT NULL,
  idempotency_key VARCHAR(191) NULL,
  request_hash    CHAR(64)     NULL,
  assigned_code   VARCHAR(16)  NULL,
  tracking_code   VARCHAR(16)  NOT NULL,
  message_key     VARCHAR(191) NOT NULL,
  envelope_json   TEXT         NOT NULL,
  state           VARCHAR(10)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  created_at      DATETIME(3)  NOT NULL,
  sent_at         DATETIME(3)  NULL,
  last_error      VARCHAR(300) NULL,
  CONSTRAINT uk_intake_idempotency UNIQUE (channel, idempotency_key),
  CONSTRAINT uk_intake_assigned_code UNIQUE (assigned_code)
) ${table_options};

CREATE INDEX ix_intake_pending ON channel_intake_outbox (state, created_at);
