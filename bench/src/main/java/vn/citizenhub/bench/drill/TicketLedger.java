package vn.citizenhub.bench.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.schema.UtcTime;

/** hub-core's ticket table, read straight from the database: what was really made. */
final class TicketLedger {

  private final String url;
  private final String user;
  private final String password;

  TicketLedger(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Every ticket: its code, its intake envelope and when it was made. */
  List<Ticket> tickets() throws SQLException {
    List<Ticket> tickets = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT tracking_code, intake_id, created_at FROM ticket")) {
      while (rs.next()) {
        tickets.add(new Ticket(rs.getString("tracking_code"), rs.getString("intake_id"),
            UtcTime.read(rs, "created_at").toEpochMilli()));
      }
    }
    return tickets;
  }

  /**
   * Tickets that repeat an earlier ticket's intake envelope or tracking code: each is a report
   * made twice. Counted by the database itself with GROUP BY, whatever the unique keys say.
   */
  Duplicates duplicates() throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      long repeats = single(c, "SELECT COUNT(*) FROM ticket t"
          + " LEFT JOIN (SELECT MIN(id) AS id FROM ticket GROUP BY intake_id) first_of_intake"
          + " ON first_of_intake.id = t.id"
          + " LEFT JOIN (SELECT MIN(id) AS id FROM ticket GROUP BY tracking_code) first_of_code"
          + " ON first_of_code.id = t.id"
          + " WHERE first_of_intake.id IS NULL OR first_of_code.id IS NULL");
      return new Duplicates(repeats, extraRowsPer(c, "intake_id"),
          extraRowsPer(c, "tracking_code"));
    }
  }

  private static long extraRowsPer(Connection c, String column) throws SQLException {
    return single(c, "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM ticket"
        + " GROUP BY " + column + " HAVING COUNT(*) > 1) AS repeated");
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  record Ticket(String trackingCode, String intakeId, long createdAtMillis) {}

  /** Repeating tickets in all, and the extra tickets per intake envelope and per code. */
  record Duplicates(long total, long sameIntake, long sameCode) {}
}
