package vn.citizenhub.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Prints what a generated database holds: statuses, on-time share, the biggest agencies. */
final class GeneratedMix {

  private GeneratedMix() {}

  static void print(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      long total = 0;
      List<String> statuses = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM ticket GROUP BY status"
          + " ORDER BY COUNT(*) DESC")) {
        while (rs.next()) {
          statuses.add(rs.getString(1) + " " + rs.getLong(2));
          total += rs.getLong(2);
        }
      }
      System.out.printf("tickets: %,d; by status: %s%n", total, String.join(", ", statuses));
      try (ResultSet rs = s.executeQuery("SELECT SUM(CASE WHEN status NOT IN ('RESOLVED',"
          + " 'CLOSED') THEN 1 ELSE 0 END), SUM(CASE WHEN on_time THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN on_time IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN agency_code IS"
          + " NULL THEN 1 ELSE 0 END) FROM ticket")) {
        rs.next();
        System.out.printf("open %.1f%%, answered on time %.1f%%, no agency (triage) %,d%n",
            100.0 * rs.getLong(1) / Math.max(1, total),
            100.0 * rs.getLong(2) / Math.max(1, rs.getLong(3)), rs.getLong(4));
      }
      List<String> agencies = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT agency_code, COUNT(*),"
          + " SUM(CASE WHEN status NOT IN ('RESOLVED', 'CLOSED') THEN 1 ELSE 0 END) FROM ticket"
          + " WHERE agency_code IS NOT NULL GROUP BY agency_code ORDER BY COUNT(*) DESC")) {
        while (rs.next()) {
          agencies.add(String.format("%s %,d (%,d open)", rs.getString(1), rs.getLong(2),
              rs.getLong(3)));
        }
      }
      System.out.println("by agency: " + String.join(", ", agencies));
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM timeline_entry")) {
        rs.next();
        System.out.printf("timeline rows: %,d (%.2f a ticket)%n", rs.getLong(1),
            rs.getLong(1) / (double) Math.max(1, total));
      }
    }
  }
}
