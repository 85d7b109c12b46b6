-- The devices an app's users receive pushes on (channel-app, history flyway_history_channel_app).
-- One row per FCM registration token: a token names one app install, so registering it again
-- (the app does at every start) touches last_seen_at, and a token signed in to by another user
-- of the same app moves to them. Tokens FCM reports as unregistered or invalid are deleted.
-- Times are UTC.
CREATE TABLE app_device (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  app_id        VARCHAR(64)  NOT NULL,
  app_user_id   VARCHAR(128) NOT NULL,
  fcm_token     VARCHAR(512) NOT NULL,
  platform      VARCHAR(10)  NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  last_seen_at  DATETIME(3)  NOT NULL,
  CONSTRAINT uk_app_device_token UNIQUE (fcm_token)
) ${table_options};
CREATE INDEX ix_app_device_user ON app_device (app_id, app_user_id, last_seen_at);
