-- The citizen's private feedback link (docs/feedback.md). A notice sent while a ticket is resolved
-- or closed carries a fresh secret token; the link lets that citizen, for that ticket, rate the
-- answer and say "not fixed". Only the token's SHA-256 is kept: whoever reads this table (a
-- backup, a replica) cannot use a link. A token is 160 random bits, so a plain hash is enough.
CREATE TABLE feedback_token (
  token_hash CHAR(64)    NOT NULL PRIMARY KEY,
  ticket_id  BIGINT      NOT NULL,
  citizen_id BIGINT      NOT NULL,
  created_at DATETIME(3) NOT NULL,
  expires_at DATETIME(3) NOT NULL
) ${table_options};

-- The retention purge finds expired tokens by their expiry.
CREATE INDEX ix_feedback_token_expiry ON feedback_token (expires_at);

-- One rating per citizen and ticket (the reporter, a merged duplicate's reporter, a follower): a
-- citizen who rates again replaces their own rating. The comment is the citizen's own words.
CREATE TABLE ticket_rating (
  ticket_id  BIGINT      NOT NULL,
  citizen_id BIGINT      NOT NULL,
  score      INT         NOT NULL,
  comment    TEXT        NULL,
  channel    VARCHAR(16) NOT NULL,
  rated_at   DATETIME(3) NOT NULL,
  PRIMARY KEY (ticket_id, citizen_id)
) ${table_options};

-- Each ticket's ratings and how many gave 4 or 5, kept with the ticket's lifecycle state so the
-- agencies' tally (LeagueTally) moves with them in the same transaction. ticket.rating keeps the
-- latest score, as before.
ALTER TABLE ticket ADD COLUMN ratings INT NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN ratings_satisfied INT NOT NULL DEFAULT 0;

-- Ratings given before this migration were one per ticket: they are the reporter's.
INSERT INTO ticket_rating (ticket_id, citizen_id, score, comment, channel, rated_at)
  SELECT id, citizen_id, rating, NULL, channel, updated_at FROM ticket WHERE rating IS NOT NULL;
UPDATE ticket SET ratings = 1, ratings_satisfied = CASE WHEN rating >= 4 THEN 1 ELSE 0 END
  WHERE rating IS NOT NULL;

-- The league table's satisfaction (share of ratings 4-5) and share of answers rated, counted like
-- the answers themselves: a ticket's ratings count for the agency while its answer counts.
ALTER TABLE agency_answer_tally ADD COLUMN tickets_rated BIGINT NOT NULL DEFAULT 0;
ALTER TABLE agency_answer_tally ADD COLUMN ratings BIGINT NOT NULL DEFAULT 0;
ALTER TABLE agency_answer_tally ADD COLUMN ratings_satisfied BIGINT NOT NULL DEFAULT 0;

DELETE FROM agency_answer_tally;
INSERT INTO agency_answer_tally (agency_code, answered, answered_on_time, tickets_rated, ratings,
    ratings_satisfied)
  SELECT agency_code, COUNT(*), SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END),
    SUM(CASE WHEN ratings > 0 THEN 1 ELSE 0 END), SUM(ratings), SUM(ratings_satisfied)
  FROM ticket WHERE agency_code IS NOT NULL AND on_time IS NOT NULL GROUP BY agency_code;
