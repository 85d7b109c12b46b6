-- The web channel's own tables (ModuleSchema, history flyway_history_channel_web). Times are UTC.

-- The secret behind the e-mails' unsubscribe links and the hashes of unsubscribed addresses: made
-- once by the first instance to start (random, 32 bytes as hex), shared by every replica through
-- the database. Never changed: old links and the unsubscribed list depend on it.
CREATE TABLE web_mail_key (
  id         INT          NOT NULL PRIMARY KEY,
  secret     VARCHAR(64)  NOT NULL,
  created_at DATETIME(3)  NOT NULL
) ${table_options};

-- Addresses that asked for no more e-mail, as HMAC-SHA256(key, address in lower case) in hex: the
-- address itself is never kept here. Kept while the hub runs (an unsubscribe has no end date).
CREATE TABLE web_mail_unsubscribed (
  address_hash    CHAR(64)     NOT NULL PRIMARY KEY,
  unsubscribed_at DATETIME(3)  NOT NULL
) ${table_options};
