-- Each photo kept in hub.zalo.media-dir, by whom it came: erasure of a Zalo user removes their
-- files, and the retention purge finds old files without walking the folder (docs/retention.md).
CREATE TABLE zalo_media (
  file_path VARCHAR(191) NOT NULL PRIMARY KEY,
  oa_name   VARCHAR(64)  NOT NULL,
  user_id   VARCHAR(64)  NOT NULL,
  kept_at   DATETIME(3)  NOT NULL
) ${table_options};

CREATE INDEX ix_zalo_media_user ON zalo_media (user_id);
CREATE INDEX ix_zalo_media_kept ON zalo_media (kept_at);

-- The retention purge finds old rows by their time, a batch at a time.
CREATE INDEX ix_zalo_reply_done ON zalo_reply (state, created_at);
CREATE INDEX ix_zalo_report_submitted ON zalo_report (submitted_at);
CREATE INDEX ix_zalo_user_interaction ON zalo_user (last_interaction_at);
CREATE INDEX ix_zalo_data_request_handled ON zalo_data_request (handled_at);
