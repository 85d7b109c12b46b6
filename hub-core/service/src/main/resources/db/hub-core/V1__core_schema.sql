-- hub-core's own tables. Portable to MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
-- Times are DATETIME(3) in UTC; dates are the province's local dates (Asia/Ho_Chi_Minh).

-- Reference data -------------------------------------------------------------------------------

CREATE TABLE commune (
  code VARCHAR(10)  NOT NULL PRIMARY KEY,
  name VARCHAR(120) NOT NULL,
  kind VARCHAR(10)  NOT NULL
) ${table_options};

-- Places as citizens still write them (former districts and communes), mapped to today's communes.
CREATE TABLE former_place (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  former_name     VARCHAR(160) NOT NULL,
  former_district VARCHAR(160) NULL,
  commune_code    VARCHAR(10)  NOT NULL
) ${table_options};

CREATE TABLE agency (
  code           VARCHAR(40)  NOT NULL PRIMARY KEY,
  name_vi        VARCHAR(200) NOT NULL,
  name_en        VARCHAR(200) NOT NULL,
  level          VARCHAR(12)  NOT NULL,
  commune_code   VARCHAR(10)  NULL,
  focal_point_vi VARCHAR(200) NOT NULL,
  focal_point_en VARCHAR(200) NOT NULL,
  contact_phone  VARCHAR(40)  NOT NULL,
  contact_email  VARCHAR(120) NOT NULL,
  address_vi     VARCHAR(300) NOT NULL,
  info_rules_url VARCHAR(300) NULL
) ${table_options};

CREATE TABLE clock_rule (
  code                VARCHAR(40)  NOT NULL PRIMARY KEY,
  name_vi             VARCHAR(200) NOT NULL,
  name_en             VARCHAR(200) NOT NULL,
  day_type            VARCHAR(10)  NOT NULL,
  first_response_days INT          NOT NULL,
  resolution_days     INT          NOT NULL,
  extension_days      INT          NOT NULL,
  legal_basis         VARCHAR(300) NOT NULL
) ${table_options};

CREATE TABLE category (
  code       VARCHAR(40)  NOT NULL PRIMARY KEY,
  name_vi    VARCHAR(200) NOT NULL,
  name_en    VARCHAR(200) NOT NULL,
  kind       VARCHAR(24)  NOT NULL,
  clock_code VARCHAR(40)  NOT NULL
) ${table_options};

-- (category, commune) -> agency; a NULL matches any. The most specific matching rule wins.
CREATE TABLE routing_rule (
  id            INT          NOT NULL PRIMARY KEY,
  category_code VARCHAR(40)  NULL,
  commune_code  VARCHAR(10)  NULL,
  agency_code   VARCHAR(40)  NOT NULL,
  note          VARCHAR(200) NULL
) ${table_options};

-- Citizens and their consent -------------------------------------------------------------------

CREATE TABLE citizen (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  channel      VARCHAR(16)  NOT NULL,
  external_id  VARCHAR(191) NOT NULL,
  display_name VARCHAR(120) NULL,
  phone        VARCHAR(16)  NULL,
  email        VARCHAR(191) NULL,
  created_at   DATETIME(3)  NOT NULL,
  CONSTRAINT uk_citizen_identity UNIQUE (channel, external_id)
) ${table_options};

CREATE INDEX ix_citizen_phone ON citizen (phone);

CREATE TABLE consent_record (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  citizen_id   BIGINT      NOT NULL,
  intake_id    VARCHAR(64) NOT NULL,
  channel      VARCHAR(16) NOT NULL,
  text_version VARCHAR(60) NOT NULL,
  given_at     DATETIME(3) NOT NULL
) ${table_options};

CREATE INDEX ix_consent_citizen ON consent_record (citizen_id);

-- Tickets --------------------------------------------------------------------------------------

CREATE TABLE ticket (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tracking_code      VARCHAR(16)   NOT NULL,
  intake_id          VARCHAR(64)   NOT NULL,
  kind               VARCHAR(24)   NOT NULL,
  category_code      VARCHAR(40)   NOT NULL,
  commune_code       VARCHAR(10)   NULL,
  latitude           DECIMAL(9,6)  NULL,
  longitude          DECIMAL(9,6)  NULL,
  address            VARCHAR(300)  NULL,
  description        TEXT          NOT NULL,
  citizen_id         BIGINT        NOT NULL,
  channel            VARCHAR(16)   NOT NULL,
  status             VARCHAR(24)   NOT NULL,
  agency_code        VARCHAR(40)   NULL,
  clock_code         VARCHAR(40)   NOT NULL,
  received_at        DATETIME(3)   NOT NULL,
  first_response_due DATE          NOT NULL,
  due_date           DATE          NOT NULL,
  rating             INT           NULL,
  created_at         DATETIME(3)   NOT NULL,
  updated_at         DATETIME(3)   NOT NULL,
  version            INT           NOT NULL DEFAULT 0,
  CONSTRAINT uk_ticket_tracking_code UNIQUE (tracking_code)
) ${table_options};

CREATE INDEX ix_ticket_agency_status ON ticket (agency_code, status, due_date);
CREATE INDEX ix_ticket_status_due ON ticket (status, due_date);
CREATE INDEX ix_ticket_citizen ON ticket (citizen_id);

CREATE TABLE timeline_entry (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_id   BIGINT        NOT NULL,
  occurred_at DATETIME(3)   NOT NULL,
  type        VARCHAR(32)   NOT NULL,
  visibility  VARCHAR(10)   NOT NULL,
  text_vi     VARCHAR(1000) NOT NULL,
  text_en     VARCHAR(1000) NOT NULL,
  actor       VARCHAR(100)  NOT NULL
) ${table_options};

CREATE INDEX ix_timeline_ticket ON timeline_entry (ticket_id, id);

-- Intake bookkeeping ---------------------------------------------------------------------------

-- Every envelope id hub-core has processed: the same id twice is one ticket.
CREATE TABLE processed_intake (
  intake_id    VARCHAR(64) NOT NULL PRIMARY KEY,
  ticket_id    BIGINT      NULL,
  processed_at DATETIME(3) NOT NULL
) ${table_options};

-- Transactional outbox: rows written with the change, published to Kafka by the relay.
CREATE TABLE outbox_message (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  topic       VARCHAR(100) NOT NULL,
  message_key VARCHAR(191) NOT NULL,
  payload     TEXT         NOT NULL,
  created_at  DATETIME(3)  NOT NULL
) ${table_options};
