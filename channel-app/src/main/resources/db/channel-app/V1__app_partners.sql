-- The app channel's partner apps (ModuleSchema, history flyway_history_channel_app). Times are UTC.

-- Each app an administrator registered. Its signing secret is kept sealed (AES-256-GCM, the key
-- from HUB_APP_SECRETS_KEY, or app_secret_seal_key below when none is configured: see
-- docs/app-api.md), so a dump of this table alone does not give anyone the power to sign.
CREATE TABLE app_partner (
  app_id        VARCHAR(40)   NOT NULL PRIMARY KEY,
  name          VARCHAR(120)  NOT NULL,
  sealed_secret VARCHAR(200)  NOT NULL,
  callback_url  VARCHAR(500)  NULL,
  active        BOOLEAN       NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  deactivated_at DATETIME(3)  NULL
) ${table_options};

-- The sealing key when the deployment gives none (StoredSecret: one row, made by the first replica).
CREATE TABLE app_secret_seal_key (
  id         INT          NOT NULL PRIMARY KEY,
  secret     VARCHAR(64)  NOT NULL,
  created_at DATETIME(3)  NOT NULL
) ${table_options};
