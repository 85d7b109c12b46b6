-- Every look-up of a caller's history by phone number, allowed or refused (Decree 13/2023): who,
-- when, which number (its SHA-256, so this log holds no phone itself; a data subject's request is
-- answered by hashing their number), whether it was allowed and how many tickets it showed. Each
-- ticket shown is also a row of personal_data_access.
CREATE TABLE caller_lookup (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  staff_id   BIGINT      NOT NULL,
  phone_hash CHAR(64)    NOT NULL,
  allowed    BOOLEAN     NOT NULL,
  tickets    INT         NOT NULL,
  looked_at  DATETIME(3) NOT NULL
) ${table_options};

CREATE INDEX ix_caller_lookup_phone ON caller_lookup (phone_hash, looked_at);
CREATE INDEX ix_caller_lookup_staff ON caller_lookup (staff_id, looked_at);

-- The hotline's "nearby open tickets": same category and commune, open, newest first.
CREATE INDEX ix_ticket_nearby ON ticket (category_code, commune_code, status, received_at);
