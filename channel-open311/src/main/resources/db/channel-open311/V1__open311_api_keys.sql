-- Open311 API keys, issued by an administrator. Only the key's SHA-256 is kept: the key itself
-- is shown once, when it is issued. A key is never deleted, only revoked, so that the citizen
-- identities made under it (open311:<id>:...) keep their meaning.
CREATE TABLE open311_api_key (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  key_hash    CHAR(64)     NOT NULL,
  name        VARCHAR(120) NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  revoked_at  DATETIME(3)  NULL,
  CONSTRAINT uk_open311_api_key_hash UNIQUE (key_hash)
) ${table_options};
