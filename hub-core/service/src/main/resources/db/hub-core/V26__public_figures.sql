-- The province's public figures (docs/figures.md): one row per month, per scope (the province, an
-- agency, a commune) and scope code, recomputed by FigureRefresher from the tickets. The figures
-- pages and /api/public/stats read these few rows, never the tickets, so they stay fast at a
-- million tickets. Months are the province's local months (Asia/Ho_Chi_Minh), "YYYY-MM"; the
-- column is figure_month, as MONTH is a word H2 (the all-in-one database) keeps for itself.
CREATE TABLE public_figure_month (
  figure_month           CHAR(7)       NOT NULL,
  scope                  VARCHAR(8)    NOT NULL,
  scope_code             VARCHAR(40)   NOT NULL,
  received               BIGINT        NOT NULL,
  resolved               BIGINT        NOT NULL,
  resolved_on_time       BIGINT        NOT NULL,
  median_days_to_resolve DECIMAL(8,1)  NULL,
  tickets_rated          BIGINT        NOT NULL,
  ratings                BIGINT        NOT NULL,
  ratings_satisfied      BIGINT        NOT NULL,
  reopened               BIGINT        NOT NULL,
  open_backlog           BIGINT        NOT NULL,
  overdue_backlog        BIGINT        NOT NULL,
  computed_at            DATETIME(3)   NOT NULL,
  PRIMARY KEY (figure_month, scope, scope_code)
) ${table_options};
