package vn.citizenhub.core.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.UtcTime;

/** The ids of envelopes already turned into tickets or updates: the same id twice is one ticket. */
final class ProcessedIntake {

  private ProcessedIntake() {}

  static Set<String> alreadyProcessed(Connection c, Collection<String> ids) throws SQLException {
    Set<String> seen = new HashSet<>();
    if (ids.isEmpty()) {
      return seen;
    }
    try (PreparedStatement s = c.prepareStatement(
        "SELECT intake_id FROM processed_intake WHERE intake_id IN " + InClause.of(ids.size()))) {
      int i = 1;
      for (String id : ids) {
        s.setString(i++, id);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          seen.add(rs.getString(1));
        }
      }
    }
    return seen;
  }

  /** Records the envelopes with the ticket each made or touched (the primary key guards races). */
  static void record(Connection c, Map<String, Long> ticketByIntake, Instant now)
      throws SQLException {
    if (ticketByIntake.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO processed_intake (intake_id, ticket_id, processed_at) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Long> e : ticketByIntake.entrySet()) {
        s.setString(1, e.getKey());
        s.setLong(2, e.getValue());
        s.setObject(3, UtcTime.column(now));
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
