package vn.citizenhub.core.workspace;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Agencies ranked by the share of their answers given on time, as HCMC ranks its 1022 units,
 * with the citizens' satisfaction beside it (ratings of 4 or 5 among the ratings of its answers,
 * whichever channel they came through) and the share of its answers that were rated.
 * Duplicates merged away do not count; neither do tickets still open, except as "overdue now".
 * The answers come from {@link LeagueTally}, kept as tickets change; only the open tickets are
 * counted on each view, since "overdue" moves with the calendar.
 */
@Singleton
public class LeagueTable {

  private final JdbcDatabase database;
  private final ReferenceData referenceData;
  private final Clock clock;
  private final LeagueTally tally;

  LeagueTable(JdbcDatabase database, ReferenceData referenceData, Clock clock, LeagueTally tally) {
    this.database = database;
    this.tally = tally;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  /**
   * One agency's line. {@code onTimeRate} is null until it has resolved anything;
   * {@code satisfaction} (the share of its answers' ratings that gave 4 or 5) until one is rated;
   * {@code ratedShare} (the share of its answers with at least one rating) until it has answers.
   */
  public record Row(int rank, String agencyCode, String agencyName, long resolved, long onTime,
      Double onTimeRate, long open, long overdueOpen, long ratings, long ratingsSatisfied,
      Double satisfaction, long ticketsRated, Double ratedShare) {

    Row ranked(int rank) {
      return new Row(rank, agencyCode, agencyName, resolved, onTime, onTimeRate, open,
          overdueOpen, ratings, ratingsSatisfied, satisfaction, ticketsRated, ratedShare);
    }
  }

  public List<Row> rows() throws SQLException {
    LocalDate today = clock.instant().atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    Map<String, LeagueTally.Answered> answered;
    Map<String, long[]> open = new HashMap<>();
    try (Connection c = database.pool().getConnection()) {
      answered = tally.read(c);
      readOpen(c, today, open);
    }
    ReferenceSnapshot ref = referenceData.current();
    Set<String> agencies = new TreeSet<>(answered.keySet());
    agencies.addAll(open.keySet());
    List<Row> rows = new ArrayList<>();
    for (String code : agencies) {
      LeagueTally.Answered a = answered.getOrDefault(code, new LeagueTally.Answered(0, 0));
      long[] o = open.getOrDefault(code, new long[2]);
      rows.add(new Row(0, code, ref.agency(code).map(x -> x.nameVi()).orElse(code), a.answered(),
          a.onTime(), share(a.onTime(), a.answered()), o[0], o[1], a.ratings(),
          a.ratingsSatisfied(), share(a.ratingsSatisfied(), a.ratings()), a.ticketsRated(),
          share(a.ticketsRated(), a.answered())));
    }
    rows.sort(Comparator.comparing((Row r) -> r.onTimeRate() == null ? -1 : r.onTimeRate())
        .reversed().thenComparing(Row::overdueOpen));
    List<Row> ranked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ranked.add(rows.get(i).ranked(i + 1));
    }
    return ranked;
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  /**
   * Open tickets and those overdue now, per agency. Open tickets have no {@code on_time} (it is
   * set on resolving and cleared on reopening), so each agency's open ones lie together in
   * {@code ix_ticket_league_totals}: a few percent of its entries are read, not all.
   */
  private static void readOpen(Connection c, LocalDate today, Map<String, long[]> open)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT agency_code, COUNT(*) AS open_now,"
        + " SUM(CASE WHEN status <> 'WAITING_FOR_CITIZEN' AND due_date < ? THEN 1 ELSE 0 END)"
        + " AS overdue FROM ticket WHERE agency_code IN (SELECT code FROM agency)"
        + " AND on_time IS NULL AND status IN " + InboxQuery.OPEN_STATUSES_SQL
        + " GROUP BY agency_code")) {
      s.setObject(1, today);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          open.put(rs.getString("agency_code"),
              new long[] {rs.getLong("open_now"), rs.getLong("overdue")});
        }
      }
    }
  }
}
