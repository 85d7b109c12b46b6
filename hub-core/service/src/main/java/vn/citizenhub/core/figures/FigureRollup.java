package vn.citizenhub.core.figures;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.sla.WorkingDayCalendar;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Recounts one month of the public figures from the tickets into {@code public_figure_month}: a
 * row for the province, one per agency and one per commune. Three reads per month, each grouped
 * by (agency, commune) or limited to the month's resolutions, through the received and resolved
 * indexes (V22, V27); the median is worked out here over the month's resolutions, with the
 * official working-day calendar. The definitions are {@link Definitions}'.
 */
@Singleton
public class FigureRollup {

  private final JdbcDatabase database;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  FigureRollup(JdbcDatabase database, WorkingDayCalendar calendar, Clock clock) {
    this.database = database;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * Recounts {@code month} as of now (its end, once it is over) and replaces its rows. One recount
   * at a time in this replica: the schedule and a test's or the bench's call never interleave.
   */
  public synchronized void recount(YearMonth month) throws SQLException {
    Instant now = clock.instant();
    Instant start = month.atDay(1).atStartOfDay(Deadlines.PROVINCE_ZONE).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(Deadlines.PROVINCE_ZONE).toInstant();
    Instant asOf = end.isAfter(now) ? now : end;
    Map<Key, Tally> tallies = new HashMap<>();
    tallies.put(new Key(Scope.PROVINCE, Scope.PROVINCE_CODE), new Tally());
    try (Connection c = database.pool().getConnection()) {
      received(c, start, end, tallies);
      resolved(c, start, end, tallies);
      backlog(c, asOf, tallies);
    }
    database.inTransaction(c -> {
      try (PreparedStatement delete = c.prepareStatement(
          "DELETE FROM public_figure_month WHERE figure_month = ?")) {
        delete.setString(1, month.toString());
        delete.executeUpdate();
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO public_figure_month"
          + " (figure_month, scope, scope_code, received, resolved, resolved_on_time,"
          + " median_days_to_resolve, tickets_rated, ratings, ratings_satisfied, reopened,"
          + " open_backlog, overdue_backlog, computed_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Map.Entry<Key, Tally> e : tallies.entrySet()) {
          MonthCounts m = e.getValue().counts();
          insert.setString(1, month.toString());
          insert.setString(2, e.getKey().scope().name());
          insert.setString(3, e.getKey().code());
          insert.setLong(4, m.received());
          insert.setLong(5, m.resolved());
          insert.setLong(6, m.resolvedOnTime());
          insert.setBigDecimal(7, m.medianDaysToResolve());
          insert.setLong(8, m.ticketsRated());
          insert.setLong(9, m.ratings());
          insert.setLong(10, m.ratingsSatisfied());
          insert.setLong(11, m.reopened());
          insert.setLong(12, m.openBacklog());
          insert.setLong(13, m.overdueBacklog());
          insert.setObject(14, UtcTime.column(now));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  /** Every report received in the month, duplicates too: each is a citizen's item. */
  private static void received(Connection c, Instant start, Instant end, Map<Key, Tally> tallies)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT agency_code, commune_code, COUNT(*) AS n"
        + " FROM ticket WHERE received_at >= ? AND received_at < ?"
        + " GROUP BY agency_code, commune_code")) {
      s.setObject(1, UtcTime.column(start));
      s.setObject(2, UtcTime.column(end));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long n = rs.getLong("n");
          for (Tally t : scopes(tallies, rs.getString("agency_code"), rs.getString("commune_code"))) {
            t.received += n;
          }
        }
      }
    }
  }

  /**
   * The month's resolutions (their latest, since reopening clears the time), one row each: the
   * median needs them all. A merged duplicate also gets a resolution time, but is no answer.
   */
  private void resolved(Connection c, Instant start, Instant end, Map<Key, Tally> tallies)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT t.agency_code, t.commune_code,"
        + " t.received_at, t.resolved_at, t.on_time, t.ratings, t.ratings_satisfied,"
        + " CASE WHEN EXISTS (SELECT 1 FROM timeline_entry e WHERE e.ticket_id = t.id"
        + " AND e.type = 'REOPENED') THEN 1 ELSE 0 END AS was_reopened"
        + " FROM ticket t WHERE t.resolved_at >= ? AND t.resolved_at < ?"
        + " AND t.duplicate_of_id IS NULL")) {
      s.setObject(1, UtcTime.column(start));
      s.setObject(2, UtcTime.column(end));
      s.setFetchSize(1000);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int days = workingDays(UtcTime.read(rs, "received_at"), UtcTime.read(rs, "resolved_at"));
          boolean onTime = rs.getBoolean("on_time") && !rs.wasNull();
          int ratings = rs.getInt("ratings");
          int satisfied = rs.getInt("ratings_satisfied");
          boolean reopened = rs.getInt("was_reopened") == 1;
          for (Tally t : scopes(tallies, rs.getString("agency_code"), rs.getString("commune_code"))) {
            t.resolved++;
            t.onTime += onTime ? 1 : 0;
            t.days.add(days);
            t.ticketsRated += ratings > 0 ? 1 : 0;
            t.ratings += ratings;
            t.satisfied += satisfied;
            t.reopened += reopened ? 1 : 0;
          }
        }
      }
    }
  }

  /**
   * Open and overdue at {@code asOf}: received before it and not resolved by then, in two reads so
   * that each is a range of ix_ticket_resolved: still unresolved, and resolved only after it.
   * Overdue: due before that day; a ticket waiting for its citizen (clock paused) is not.
   */
  private static void backlog(Connection c, Instant asOf, Map<Key, Tally> tallies)
      throws SQLException {
    LocalDate day = asOf.atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    String select = "SELECT agency_code, commune_code, COUNT(*) AS open_n,"
        + " SUM(CASE WHEN due_date < ? AND NOT (resolved_at IS NULL"
        + " AND status = 'WAITING_FOR_CITIZEN') THEN 1 ELSE 0 END) AS overdue_n FROM ticket WHERE ";
    String group = " AND received_at < ? AND duplicate_of_id IS NULL"
        + " GROUP BY agency_code, commune_code";
    for (String where : List.of("resolved_at IS NULL AND status <> 'CLOSED'",
        "resolved_at >= ?")) {
      try (PreparedStatement s = c.prepareStatement(select + where + group)) {
        int i = 1;
        s.setObject(i++, day);
        if (where.contains("?")) {
          s.setObject(i++, UtcTime.column(asOf));
        }
        s.setObject(i, UtcTime.column(asOf));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            long open = rs.getLong("open_n");
            long overdue = rs.getLong("overdue_n");
            for (Tally t : scopes(tallies, rs.getString("agency_code"),
                rs.getString("commune_code"))) {
              t.open += open;
              t.overdue += overdue;
            }
          }
        }
      }
    }
  }

  /** Working days after the day of receipt up to the day of resolution (same day: 0). */
  int workingDays(Instant received, Instant resolved) {
    LocalDate from = received.atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    LocalDate to = resolved.atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    int days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        days++;
      }
    }
    return days;
  }

  /** The province's tally, the agency's and the commune's, as far as the ticket has them. */
  private static List<Tally> scopes(Map<Key, Tally> tallies, String agency, String commune) {
    List<Tally> list = new ArrayList<>(3);
    list.add(tallies.get(new Key(Scope.PROVINCE, Scope.PROVINCE_CODE)));
    if (agency != null) {
      list.add(tallies.computeIfAbsent(new Key(Scope.AGENCY, agency), k -> new Tally()));
    }
    if (commune != null) {
      list.add(tallies.computeIfAbsent(new Key(Scope.COMMUNE, commune), k -> new Tally()));
    }
    return list;
  }

  private record Key(Scope scope, String code) {}

  private static final class Tally {
    long received;
    long resolved;
    long onTime;
    long ticketsRated;
    long ratings;
    long satisfied;
    long reopened;
    long open;
    long overdue;
    final List<Integer> days = new ArrayList<>();

    MonthCounts counts() {
      return new MonthCounts(received, resolved, onTime, median(days), ticketsRated, ratings,
          satisfied, reopened, open, overdue);
    }

    /** The middle value; of an even count, the mean of the two middle ones (so x.0 or x.5). */
    static BigDecimal median(List<Integer> values) {
      if (values.isEmpty()) {
        return null;
      }
      int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
      int mid = sorted.length / 2;
      long twice = sorted.length % 2 == 1 ? 2L * sorted[mid] : (long) sorted[mid - 1] + sorted[mid];
      return BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }
  }
}
