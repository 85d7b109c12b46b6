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
 * Each agency's answers, answers on time and the citizens' ratings of those answers (table
 * {@code agency_answer_tally}), moved in the same transaction as the ticket whose answer counts: a
 * resolution adds one, a reopening or a merge takes it back, a rating moves the rating columns.
 * The league table reads these rows instead of adding up every ticket.
 *
 * <p>A ticket's answer, and its ratings with it, count for the agency that holds it while
 * {@code on_time} is set; only {@link TicketStates#store} changes those columns after a ticket is
 * created, and it calls {@link #record}. So a reopened ticket's ratings stop counting with its
 * answer, and count again (as its citizens then leave them) once it is resolved again.
 */
@Singleton
public class LeagueTally {

  /** One agency's answers so far, and the ratings of those answers. */
  public record Answered(long answered, long onTime, long ticketsRated, long ratings,
      long ratingsSatisfied) {

    public Answered(long answered, long onTime) {
      this(answered, onTime, 0, 0, 0);
    }
  }

  private static final int COLUMNS = 5;

  /** Moves the tally from what {@code before} counted to what {@code after} counts. */
  void record(Connection c, TicketState before, TicketState after) throws SQLException {
    if (Objects.equals(before.agencyCode, after.agencyCode)
        && Objects.equals(before.onTime, after.onTime) && before.ratings == after.ratings
        && before.ratingsSatisfied == after.ratingsSatisfied) {
      return;
    }
    // At most two agencies, always updated in code order: two changes moving answers between the
    // same two agencies in opposite directions never each hold the row the other waits for.
    Map<String, long[]> deltas = new TreeMap<>();
    add(deltas, before, -1);
    add(deltas, after, 1);
    for (Map.Entry<String, long[]> delta : deltas.entrySet()) {
      long[] d = delta.getValue();
      for (long x : d) {
        if (x != 0) {
          move(c, delta.getKey(), d);
          break;
        }
      }
    }
  }

  /** Every agency's answers, read in the caller's connection. */
  public Map<String, Answered> read(Connection c) throws SQLException {
    Map<String, Answered> tally = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT agency_code, answered,"
        + " answered_on_time, tickets_rated, ratings, ratings_satisfied FROM agency_answer_tally");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        tally.put(rs.getString(1), new Answered(rs.getLong(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5), rs.getLong(6)));
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
      s.executeUpdate("INSERT INTO agency_answer_tally (agency_code, answered, answered_on_time,"
          + " tickets_rated, ratings, ratings_satisfied)"
          + " SELECT agency_code, COUNT(*), SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN ratings > 0 THEN 1 ELSE 0 END), SUM(ratings), SUM(ratings_satisfied)"
          + " FROM ticket WHERE agency_code IS NOT NULL AND on_time IS NOT NULL"
          + " GROUP BY agency_code");
    }
  }

  private static void add(Map<String, long[]> deltas, TicketState t, int sign) {
    if (t.agencyCode == null || t.onTime == null) {
      return;
    }
    long[] d = deltas.computeIfAbsent(t.agencyCode, k -> new long[COLUMNS]);
    d[0] += sign;
    d[1] += t.onTime ? sign : 0;
    d[2] += t.ratings > 0 ? sign : 0;
    d[3] += (long) sign * t.ratings;
    d[4] += (long) sign * t.ratingsSatisfied;
  }

  private static void move(Connection c, String agencyCode, long[] d) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO agency_answer_tally"
        + " (agency_code, answered, answered_on_time, tickets_rated, ratings, ratings_satisfied)"
        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE answered = answered + ?,"
        + " answered_on_time = answered_on_time + ?, tickets_rated = tickets_rated + ?,"
        + " ratings = ratings + ?, ratings_satisfied = ratings_satisfied + ?")) {
      s.setString(1, agencyCode);
      for (int i = 0; i < COLUMNS; i++) {
        s.setLong(2 + i, d[i]);
        s.setLong(2 + COLUMNS + i, d[i]);
      }
      s.executeUpdate();
    }
  }
}
