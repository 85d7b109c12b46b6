-- Intake records hub-core could not apply, parked on hub.intake.dlq.v1 (which keeps the original
-- bytes). This table is the alert's memory: where each one came from, what it was about and why,
-- until an administrator or coordinator acknowledges it. Ids and codes only, no personal data:
-- the tracking code lets the citizen's page say "we will call you back" instead of "not found".
CREATE TABLE intake_dead_letter (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  received_at      DATETIME(3)  NOT NULL,
  source_topic     VARCHAR(100) NOT NULL,
  source_partition INT          NOT NULL,
  source_offset    BIGINT       NOT NULL,
  envelope_id      VARCHAR(64)  NULL,
  tracking_code    VARCHAR(16)  NULL,
  channel          VARCHAR(16)  NULL,
  reason_code      VARCHAR(40)  NOT NULL,
  reason           VARCHAR(300) NOT NULL,
  acknowledged_by  VARCHAR(100) NULL,
  acknowledged_at  DATETIME(3)  NULL,
  -- A batch read again after a crash parks the same record again: one row for it.
  CONSTRAINT uk_dead_letter_source UNIQUE (source_topic, source_partition, source_offset)
) ${table_options};

CREATE INDEX ix_dead_letter_open ON intake_dead_letter (acknowledged_at, id);
CREATE INDEX ix_dead_letter_code ON intake_dead_letter (tracking_code);
