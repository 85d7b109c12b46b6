-- The 1022 hotline's own tables. It owns no ticket state: tickets live in hub-core, reached by
-- their tracking code. Times are DATETIME(3) in UTC; local_day/local_hour are the province's
-- (Asia/Ho_Chi_Minh), written by the channel so figures group the same on MySQL, MariaDB and H2.

-- One row per call: from the phone system (ringing, answered, ended) or typed by an operator
-- without one. The caller's number is personal data: shown to operators only, never logged.
CREATE TABLE hotline_call (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  call_id          VARCHAR(64)  NOT NULL,
  source           VARCHAR(12)  NOT NULL,
  extension        VARCHAR(20)  NULL,
  operator         VARCHAR(60)  NULL,
  caller_phone     VARCHAR(16)  NULL,
  started_at       DATETIME(3)  NOT NULL,
  answered_at      DATETIME(3)  NULL,
  ended_at         DATETIME(3)  NULL,
  outcome          VARCHAR(24)  NULL,
  outcome_at       DATETIME(3)  NULL,
  ticket_code      VARCHAR(16)  NULL,
  handling_seconds INT          NULL,
  local_day        DATE         NOT NULL,
  local_hour       INT          NOT NULL,
  CONSTRAINT uk_hotline_call_id UNIQUE (call_id)
) ${table_options};

CREATE INDEX ix_hotline_call_day ON hotline_call (local_day, operator);
CREATE INDEX ix_hotline_call_caller ON hotline_call (caller_phone, started_at);

-- Every phone-system event as received, once: a replay of the same (call, type) changes nothing.
-- Also the queue every replica polls to pop callers up on its operators' screens, so the phone
-- system may post to any replica whatever replica the operator's screen is connected to.
CREATE TABLE hotline_call_event (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  call_id      VARCHAR(64) NOT NULL,
  type         VARCHAR(10) NOT NULL,
  extension    VARCHAR(20) NULL,
  caller_phone VARCHAR(16) NULL,
  occurred_at  DATETIME(3) NOT NULL,
  received_at  DATETIME(3) NOT NULL,
  CONSTRAINT uk_hotline_event UNIQUE (call_id, type)
) ${table_options};

-- Which operator sits at which extension: the phone system names the extension, the operator
-- claims it from the console. One desk per operator, one operator per desk.
CREATE TABLE hotline_desk (
  extension     VARCHAR(20)  NOT NULL PRIMARY KEY,
  operator      VARCHAR(60)  NOT NULL,
  claimed_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uk_hotline_desk_operator UNIQUE (operator)
) ${table_options};

-- Published answers and FAQs operators read out. search_text is the folded title, keywords and
-- answer ("duong" finds "đường"), filled by the channel from the other columns.
CREATE TABLE hotline_knowledge (
  id            INT           NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind          VARCHAR(10)   NOT NULL,
  title_vi      VARCHAR(200)  NOT NULL,
  answer_vi     VARCHAR(2000) NOT NULL,
  category_code VARCHAR(40)   NULL,
  keywords      VARCHAR(300)  NULL,
  source_vi     VARCHAR(200)  NULL,
  published     BOOLEAN       NOT NULL DEFAULT TRUE,
  search_text   VARCHAR(2600) NULL,
  updated_at    DATETIME(3)   NOT NULL
) ${table_options};
