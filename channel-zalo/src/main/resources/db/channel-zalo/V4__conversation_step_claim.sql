-- A conversation step that must call Kafka (a report handed off) or hub-core (a tracking lookup)
-- claims its event with a lease, committed before the call, instead of holding the event's and
-- the user's rows locked across it. claimed_until (V1, unused until now) is the lease; the
-- claimant's token fences the record of the outcome: a replica whose lease ran out and was taken
-- over records nothing. A replica that dies mid-step leaves a lease that simply expires.
ALTER TABLE zalo_inbox ADD COLUMN claimed_by VARCHAR(64) NULL;
