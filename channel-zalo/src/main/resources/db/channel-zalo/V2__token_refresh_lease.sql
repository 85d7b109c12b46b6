-- A refresh of an OA's tokens is claimed with a lease, committed before Zalo is called, instead
-- of holding the row locked (FOR UPDATE) across the HTTP call: no transaction waits on Zalo, and
-- a replica that dies mid-refresh leaves a claim that simply expires.
ALTER TABLE zalo_oa_token ADD COLUMN refresh_claimed_by VARCHAR(64) NULL;
ALTER TABLE zalo_oa_token ADD COLUMN refresh_claimed_until DATETIME(3) NULL;
