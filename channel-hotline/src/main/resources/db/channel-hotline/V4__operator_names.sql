-- The names operators go by, as hub-core's staff token last gave them, so the supervisor's
-- figures read "Nguyễn Thị Lan" rather than a username. Written when an operator claims a desk or
-- records a call.
CREATE TABLE hotline_operator (
  username     VARCHAR(60)  NOT NULL PRIMARY KEY,
  display_name VARCHAR(120) NOT NULL,
  seen_at      DATETIME(3)  NOT NULL
) ${table_options};
