-- Photos and files citizens sent with a report or a follow-up (docs/attachments.md). The file is
-- in the attachment store (a folder or an S3-compatible bucket); the row holds its key, its type
-- and size, the channel it came by, and whether the citizen allowed it on the public tracking
-- page. No personal data in the row itself; the photo may show some, so it goes with the retention
-- rule of its ticket (docs/retention.md).
CREATE TABLE ticket_attachment (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_id      BIGINT       NOT NULL,
  store_key      VARCHAR(300) NOT NULL,
  media_type     VARCHAR(100) NOT NULL,
  bytes          BIGINT       NULL,
  channel        VARCHAR(16)  NOT NULL,
  public_allowed BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at     DATETIME(3)  NOT NULL
) ${table_options};

CREATE INDEX ix_ticket_attachment_ticket ON ticket_attachment (ticket_id, id);
