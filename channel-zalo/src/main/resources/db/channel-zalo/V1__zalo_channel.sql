-- The Zalo channel's own tables (ModuleSchema, history flyway_history_channel_zalo). Times are UTC.

-- Webhook events as received, written before Zalo is answered: the durable hand-off of the edge.
-- A retry of the same event hits uk_zalo_inbox_event and changes nothing. The body (it may hold
-- personal data) is cleared once the event is processed; the key stays for a while for dedupe.
CREATE TABLE zalo_inbox (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  oa_name         VARCHAR(64)  NOT NULL,
  dedupe_key      VARCHAR(191) NOT NULL,
  event_name      VARCHAR(64)  NOT NULL,
  user_id         VARCHAR(64)  NULL,
  body            TEXT         NULL,
  received_at     DATETIME(3)  NOT NULL,
  state           VARCHAR(10)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3)  NOT NULL,
  claimed_until   DATETIME(3)  NULL,
  last_error      VARCHAR(300) NULL,
  CONSTRAINT uk_zalo_inbox_event UNIQUE (oa_name, dedupe_key)
) ${table_options};
CREATE INDEX ix_zalo_inbox_work ON zalo_inbox (state, next_attempt_at);
CREATE INDEX ix_zalo_inbox_user ON zalo_inbox (user_id, state, id);

-- One row per Zalo user of an OA: the per-user lock of the conversation, the last interaction
-- (the 7-day window), the phone they shared and under which consent, and whether they asked
-- the hub to stop (unfollow, user_withdraw).
CREATE TABLE zalo_user (
  user_id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  oa_name               VARCHAR(64)  NOT NULL,
  last_interaction_at   DATETIME(3)  NULL,
  phone                 VARCHAR(20)  NULL,
  phone_consent_version VARCHAR(64)  NULL,
  phone_given_at        DATETIME(3)  NULL,
  reply_ticket_code     VARCHAR(16)  NULL,
  reply_ticket_until    DATETIME(3)  NULL,
  opted_out_at          DATETIME(3)  NULL,
  created_at            DATETIME(3)  NOT NULL
) ${table_options};

-- The report a citizen is putting together; survives restarts, expires when abandoned.
CREATE TABLE zalo_draft (
  user_id     VARCHAR(64) NOT NULL PRIMARY KEY,
  oa_name     VARCHAR(64) NOT NULL,
  draft_json  TEXT        NOT NULL,
  updated_at  DATETIME(3) NOT NULL,
  expires_at  DATETIME(3) NOT NULL
) ${table_options};
CREATE INDEX ix_zalo_draft_expiry ON zalo_draft (expires_at);

-- Reports a user sent through Zalo, for "my recent reports" and to find the user of a ticket.
CREATE TABLE zalo_report (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id       VARCHAR(64) NOT NULL,
  oa_name       VARCHAR(64) NOT NULL,
  tracking_code VARCHAR(16) NOT NULL,
  category_code VARCHAR(64) NULL,
  submitted_at  DATETIME(3) NOT NULL,
  CONSTRAINT uk_zalo_report_code UNIQUE (tracking_code)
) ${table_options};
CREATE INDEX ix_zalo_report_user ON zalo_report (user_id, submitted_at);

-- Conversation replies to send through the OA API, written in the same transaction as the
-- conversation step that decided them; an outage of Zalo's API delays them, loses none.
CREATE TABLE zalo_reply (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  oa_name         VARCHAR(64)  NOT NULL,
  user_id         VARCHAR(64)  NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  text            TEXT         NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  state           VARCHAR(10)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3)  NOT NULL,
  claimed_until   DATETIME(3)  NULL,
  last_error      VARCHAR(300) NULL
) ${table_options};
CREATE INDEX ix_zalo_reply_work ON zalo_reply (state, next_attempt_at);
CREATE INDEX ix_zalo_reply_user ON zalo_reply (user_id, state);

-- The OA's access/refresh pair. The refresh token is single use: the new pair is written in the
-- transaction that holds this row's lock, before anything uses it, and one replica refreshes.
CREATE TABLE zalo_oa_token (
  oa_name           VARCHAR(64)  NOT NULL PRIMARY KEY,
  access_token      VARCHAR(1000) NOT NULL,
  refresh_token     VARCHAR(1000) NOT NULL,
  access_expires_at DATETIME(3)  NOT NULL,
  refreshed_at      DATETIME(3)  NULL,
  refresh_count     INT          NOT NULL DEFAULT 0,
  last_error        VARCHAR(300) NULL
) ${table_options};

-- Data-subject requests (unfollow, user_withdraw) and what was done: the record the law asks
-- for. The user is named by a SHA-256 of their id, not the id itself.
CREATE TABLE zalo_data_request (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  oa_name        VARCHAR(64)  NOT NULL,
  user_hash      CHAR(64)     NOT NULL,
  kind           VARCHAR(20)  NOT NULL,
  received_at    DATETIME(3)  NOT NULL,
  handled_at     DATETIME(3)  NOT NULL,
  outcome        VARCHAR(300) NOT NULL
) ${table_options};
