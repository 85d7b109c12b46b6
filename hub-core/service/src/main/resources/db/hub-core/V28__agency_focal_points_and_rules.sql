-- What Decree 42/2022/NĐ-CP asks every agency to publish beside its focal point: the address in
-- English too, the hours citizens can reach it, and its rules for taking in and answering
-- feedback (Vietnamese first, then English; rules_updated_on is the date the rules last changed).
-- contact_updated_at / _by: when and by which administrator (username) the published contact was
-- last edited in the console, so every change to what citizens read is accounted for. NULL: as
-- the migration left it.
ALTER TABLE agency ADD COLUMN address_en VARCHAR(300) NULL;
ALTER TABLE agency ADD COLUMN hours_vi VARCHAR(300) NULL;
ALTER TABLE agency ADD COLUMN hours_en VARCHAR(300) NULL;
ALTER TABLE agency ADD COLUMN rules_vi VARCHAR(4000) NULL;
ALTER TABLE agency ADD COLUMN rules_en VARCHAR(4000) NULL;
ALTER TABLE agency ADD COLUMN rules_updated_on DATE NULL;
ALTER TABLE agency ADD COLUMN contact_updated_at DATETIME(3) NULL;
ALTER TABLE agency ADD COLUMN contact_updated_by VARCHAR(60) NULL;
