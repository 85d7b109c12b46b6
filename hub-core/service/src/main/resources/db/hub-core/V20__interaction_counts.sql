-- The portal's interaction indicators (docs/feedback.md): how many visits, reports started,
-- searches, reports sent, duplicates avoided (a follow instead of a new report) and ratings, per
-- ISO week. Counts only: no address, no cookie, no citizen.
--
-- week_start is the Monday of the ISO week in the province's time zone. Each count is spread over
-- a few slots (rows) chosen at random per increment, so that increments made inside concurrent
-- intake transactions rarely wait for one another's row lock; a week's count is the sum of its
-- slots.
CREATE TABLE interaction_count (
  week_start DATE        NOT NULL,
  event      VARCHAR(24) NOT NULL,
  slot       INT         NOT NULL,
  total      BIGINT      NOT NULL,
  PRIMARY KEY (week_start, event, slot)
) ${table_options};
