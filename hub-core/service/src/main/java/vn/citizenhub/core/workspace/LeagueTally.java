package vn.citizenhub.core.workspace;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.citizenhub.core.lifecycle.TicketState;

/**
 * Each agency's answers and answers on time (table {@code agency_answer_tally}), moved in the same
 * transaction as the ticket whose answer counts: a resolution adds one, a reopening or a merge
 * takes it back. The league table reads these rows instead of adding up every ticket.
 *
 * <p>A ticket's answer counts for the agency that holds it while {@code on_time} is set; only
 * {@link TicketStates#store} changes either column after a ticket is created, and it calls
 * {@link #record}.
 */
@Singleton
public class LeagueTally {

  /** One agency's answers so far. */
  public record Answered(long answered, long onTime) {}

  /** Moves the tally from what {@code before} counted to what {@code after} counts. */
  void record(Connection c, TicketState before, TicketState after) throws SQLException {
    if (Objects.equals(before.agencyCode, after.agencyCode)
        && Objects.equals(before.onTime, after.onTime)) {
      return;
    }
    // At most two agencies, always updated in code order: two changes moving answers between the
    // same two agencies in opposite directions never each hold the row the other waits for.
    Map<String, long[]> deltas = new TreeMap<>();
    add(deltas, before, -1);
    add(deltas, after, 1);
    for (Map.Entry<String, long[]> delta : deltas.entrySet()) {
      long[] d = delta.getValue();
      if (d[0] != 0 || d[1] != 0) {
        move(c, delta.getKey(), d[0], d[1]);
      }
    }
  }

  /** Every agency's answers, read in the caller's connection. */
  public Map<String, Answered> read(Connection c) throws SQLException {
    Map<String, Answered> tally = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT agency_code, answered, answered_on_time FROM agency_answer_tally");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        tally.put(rs.getString(1), new Answered(rs.getLong(2), rs.getLong(3)));
      }
    }
    return tally;
  }

  /**
   * Counts the tally again from the tickets, for data that was written around the lifecycle (a
   * bulk import, a generated benchmark database). Run it while nothing else changes tickets.
   */
  public static void recount(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM agency_answer_tally");
      s.executeUpdate("INSERT INTO agency_answer_tally (agency_code, answered, answered_on_time)"
          + " SELECT agency_code, COUNT(*), SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END)"
          + " FROM ticket WHERE agency_code IS NOT NULL AND on_time IS NOT NULL"
          + " GROUP BY agency_code");
    }
  }

  private static void add(Map<String, long[]> deltas, TicketState t, int sign) {
    if (t.agencyCode == null || t.onTime == null) {
      return;
    }
    long[] d = deltas.computeIfAbsent(t.agencyCode, k -> new long[2]);
    d[0] += sign;
    d[1] += t.onTime ? sign : 0;
  }

  private static void move(Connection c, String agencyCode, long answered, long onTime)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO agency_answer_tally"
        + " (agency_code, answered, answered_on_time) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE"
        + " answered = answered + ?, answered_on_time = answered_on_time + ?")) {
      s.setString(1, agencyCode);
      s.setLong(2, answered);
      s.setLong(3, onTime);
      s.setLong(4, answered);
      s.setLong(5, onTime);
      s.executeUpdate();
    }
  }
}
