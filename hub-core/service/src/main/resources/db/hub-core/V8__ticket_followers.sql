-- Citizens who spoke about a ticket without having reported it (a caller the hotline attached to
-- an open ticket nearby): they are told what its reporter is told, on their own channel.
CREATE TABLE ticket_follower (
  ticket_id  BIGINT      NOT NULL,
  citizen_id BIGINT      NOT NULL,
  channel    VARCHAR(16) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (ticket_id, citizen_id)
) ${table_options};
