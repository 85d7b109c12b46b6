package vn.citizenhub.core.figures;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.schema.UtcTime;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * The last {@link #MAX_MONTHS} months of public figures, read from {@code public_figure_month}
 * (a few thousand rows at most) and kept for {@code hub.figures.cache-ttl}, so that a page view
 * costs no query at all: the pages must answer in well under 200 ms at 30 views a second.
 */
@Singleton
public class FigureStore {

  public static final int MAX_MONTHS = 24;

  private final JdbcDatabase database;
  private final FiguresSettings settings;
  private final Clock clock;
  private volatile Snapshot cached;

  FigureStore(JdbcDatabase database, FiguresSettings settings, Clock clock) {
    this.database = database;
    this.settings = settings;
    this.clock = clock;
  }

  /** What was read: counts by scope, code and month; when the newest was counted. */
  public record Snapshot(YearMonth current, Map<Scope, Map<String, Map<String, MonthCounts>>> rows,
      Instant updatedAt, Instant readAt) {

    /** The months ending with the current one, oldest first. */
    public List<String> months(int count) {
      List<String> months = new ArrayList<>();
      for (int i = count - 1; i >= 0; i--) {
        months.add(current.minusMonths(i).toString());
      }
      return months;
    }

    /** The scope's figures for {@code months}; a month with no row is all zeros. */
    public List<MonthFigures> figures(Scope scope, String code, List<String> months) {
      Map<String, MonthCounts> byMonth = rows.getOrDefault(scope, Map.of()).getOrDefault(code,
          Map.of());
      return months.stream().map(m -> MonthFigures.of(m, byMonth.getOrDefault(m,
          MonthCounts.NONE))).toList();
    }

    public boolean has(Scope scope, String code) {
      return rows.getOrDefault(scope, Map.of()).containsKey(code);
    }
  }

  public Snapshot snapshot() throws SQLException {
    Snapshot s = cached;
    Instant now = clock.instant();
    YearMonth current = YearMonth.now(clock.withZone(Deadlines.PROVINCE_ZONE));
    if (s == null || !s.current().equals(current)
        || s.readAt().plus(settings.getCacheTtl()).isBefore(now)) {
      s = read(current, now);
      cached = s;
    }
    return s;
  }

  /** Drops what was read, after a recount in this replica. */
  void forget() {
    cached = null;
  }

  private Snapshot read(YearMonth current, Instant now) throws SQLException {
    Map<Scope, Map<String, Map<String, MonthCounts>>> rows = new HashMap<>();
    Instant updated = null;
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT * FROM public_figure_month"
            + " WHERE figure_month >= ? AND figure_month <= ?")) {
      s.setString(1, current.minusMonths(MAX_MONTHS - 1).toString());
      s.setString(2, current.toString());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          MonthCounts m = new MonthCounts(rs.getLong("received"), rs.getLong("resolved"),
              rs.getLong("resolved_on_time"), rs.getBigDecimal("median_days_to_resolve"),
              rs.getLong("tickets_rated"), rs.getLong("ratings"), rs.getLong("ratings_satisfied"),
              rs.getLong("reopened"), rs.getLong("open_backlog"), rs.getLong("overdue_backlog"));
          rows.computeIfAbsent(Scope.valueOf(rs.getString("scope")), k -> new HashMap<>())
              .computeIfAbsent(rs.getString("scope_code"), k -> new HashMap<>())
              .put(rs.getString("figure_month"), m);
          Instant at = UtcTime.read(rs, "computed_at");
          if (updated == null || at.isAfter(updated)) {
            updated = at;
          }
        }
      }
    }
    return new Snapshot(current, rows, updated, now);
  }
}
