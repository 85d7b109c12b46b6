-- The retention purge (docs/retention.md) finds old rows by their time, a batch at a time.
CREATE INDEX ix_processed_intake_at ON processed_intake (processed_at);
CREATE INDEX ix_staff_session_expiry ON staff_session (expires_at);
CREATE INDEX ix_pda_accessed ON personal_data_access (accessed_at);
