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
import java.util.List;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Agencies ranked by the share of their answers given on time, as HCMC ranks its 1022 units.
 * Duplicates merged away do not count; neither do tickets still open, except as "overdue now".
 */
@Singleton
public class LeagueTable {

  private final JdbcDatabase database;
  private final ReferenceData referenceData;
  private final Clock clock;

  LeagueTable(JdbcDatabase database, ReferenceData referenceData, Clock clock) {
    this.database = database;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  /** One agency's line. {@code onTimeRate} is null until it has resolved anything. */
  public record Row(int rank, String agencyCode, String agencyName, long resolved, long onTime,
      Double onTimeRate, long open, long overdueOpen) {}

  public List<Row> rows() throws SQLException {
    LocalDate today = clock.instant().atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    List<Row> rows = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT agency_code,"
            + " SUM(CASE WHEN on_time IS NOT NULL THEN 1 ELSE 0 END) AS resolved,"
            + " SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END) AS on_time,"
            + " SUM(CASE WHEN status NOT IN ('RESOLVED', 'CLOSED') THEN 1 ELSE 0 END) AS open_now,"
            + " SUM(CASE WHEN status NOT IN ('RESOLVED', 'CLOSED', 'WAITING_FOR_CITIZEN')"
            + " AND due_date < ? THEN 1 ELSE 0 END) AS overdue"
            + " FROM ticket WHERE agency_code IS NOT NULL GROUP BY agency_code")) {
      s.setObject(1, today);
      try (ResultSet rs = s.executeQuery()) {
        ReferenceSnapshot ref = referenceData.current();
        while (rs.next()) {
          String code = rs.getString("agency_code");
          long resolved = rs.getLong("resolved");
          long onTime = rs.getLong("on_time");
          rows.add(new Row(0, code, ref.agency(code).map(a -> a.nameVi()).orElse(code), resolved,
              onTime, resolved == 0 ? null : (double) onTime / resolved, rs.getLong("open_now"),
              rs.getLong("overdue")));
        }
      }
    }
    rows.sort(Comparator.comparing((Row r) -> r.onTimeRate() == null ? -1 : r.onTimeRate())
        .reversed().thenComparing(Row::overdueOpen));
    List<Row> ranked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      ranked.add(new Row(i + 1, r.agencyCode(), r.agencyName(), r.resolved(), r.onTime(),
          r.onTimeRate(), r.open(), r.overdueOpen()));
    }
    return ranked;
  }
}
