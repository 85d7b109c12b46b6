package vn.citizenhub.core.workspace;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.core.lifecycle.TicketState;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.schema.UtcTime;

/** Loads a ticket's lifecycle state and stores the next one, guarded by its version. */
@Singleton
public class TicketStates {

  private final LeagueTally leagueTally;

  TicketStates(LeagueTally leagueTally) {
    this.leagueTally = leagueTally;
  }

  static final String COLUMNS = "id, tracking_code, kind, category_code, commune_code, channel,"
      + " clock_code, received_at, citizen_id, version, status, agency_code, assignee_id,"
      + " first_response_due, due_date, first_response_at, resolved_at, closed_at, closure_code,"
      + " on_time, paused_since, extended, escalation, duplicate_of_id, transfer_to,"
      + " transfer_reason, ratings, ratings_satisfied";

  /** Reads the ticket and locks its row until the transaction ends. */
  public Optional<TicketState> lock(Connection c, long id) throws SQLException {
    return read(c, "SELECT " + COLUMNS + " FROM ticket WHERE id = ? FOR UPDATE", id);
  }

  public Optional<TicketState> find(Connection c, long id) throws SQLException {
    return read(c, "SELECT " + COLUMNS + " FROM ticket WHERE id = ?", id);
  }

  /**
   * Stores {@code next} if the ticket is still as {@code before} was read (its version), and moves
   * the agencies' answer and rating tally with it; false when someone else changed the ticket
   * first.
   */
  public boolean store(Connection c, TicketState before, TicketState next, Instant now)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE ticket SET status = ?, agency_code = ?,"
        + " assignee_id = ?, first_response_due = ?, due_date = ?, first_response_at = ?,"
        + " resolved_at = ?, closed_at = ?, closure_code = ?, on_time = ?, paused_since = ?,"
        + " extended = ?, escalation = ?, duplicate_of_id = ?, transfer_to = ?,"
        + " transfer_reason = ?, ratings = ?, ratings_satisfied = ?, updated_at = ?,"
        + " version = version + 1"
        + " WHERE id = ? AND version = ?")) {
      int i = 1;
      s.setString(i++, next.status.name());
      s.setString(i++, next.agencyCode);
      setLong(s, i++, next.assigneeId);
      s.setObject(i++, next.firstResponseDue);
      s.setObject(i++, next.dueDate);
      s.setObject(i++, UtcTime.column(next.firstResponseAt));
      s.setObject(i++, UtcTime.column(next.resolvedAt));
      s.setObject(i++, UtcTime.column(next.closedAt));
      s.setString(i++, next.closureCode);
      if (next.onTime == null) {
        s.setNull(i++, Types.BOOLEAN);
      } else {
        s.setBoolean(i++, next.onTime);
      }
      s.setObject(i++, next.pausedSince);
      s.setBoolean(i++, next.extended);
      s.setInt(i++, next.escalation);
      setLong(s, i++, next.mergedIntoId);
      s.setString(i++, next.transferTo);
      s.setString(i++, next.transferReason);
      s.setInt(i++, next.ratings);
      s.setInt(i++, next.ratingsSatisfied);
      s.setObject(i++, UtcTime.column(now));
      s.setLong(i++, next.id);
      s.setInt(i, before.version);
      if (s.executeUpdate() != 1) {
        return false;
      }
    }
    leagueTally.record(c, before, next);
    return true;
  }

  /** Moves another ticket's version (a merge target gained a line), so open pages see it changed. */
  public void touch(Connection c, long id, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE ticket SET version = version + 1, updated_at = ? WHERE id = ?")) {
      s.setObject(1, UtcTime.column(now));
      s.setLong(2, id);
      s.executeUpdate();
    }
  }

  private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, value);
    }
  }

  private static Optional<TicketState> read(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  static TicketState read(ResultSet rs) throws SQLException {
    TicketState t = new TicketState();
    t.id = rs.getLong("id");
    t.trackingCode = rs.getString("tracking_code");
    t.kind = ItemKind.valueOf(rs.getString("kind"));
    t.categoryCode = rs.getString("category_code");
    t.communeCode = rs.getString("commune_code");
    t.channel = Channel.valueOf(rs.getString("channel"));
    t.clockCode = rs.getString("clock_code");
    t.receivedAt = UtcTime.read(rs, "received_at");
    t.citizenId = rs.getLong("citizen_id");
    t.version = rs.getInt("version");
    t.status = TicketStatus.valueOf(rs.getString("status"));
    t.agencyCode = rs.getString("agency_code");
    t.assigneeId = (Long) rs.getObject("assignee_id", Long.class);
    t.firstResponseDue = rs.getObject("first_response_due", LocalDate.class);
    t.dueDate = rs.getObject("due_date", LocalDate.class);
    t.firstResponseAt = UtcTime.read(rs, "first_response_at");
    t.resolvedAt = UtcTime.read(rs, "resolved_at");
    t.closedAt = UtcTime.read(rs, "closed_at");
    t.closureCode = rs.getString("closure_code");
    boolean onTime = rs.getBoolean("on_time");
    t.onTime = rs.wasNull() ? null : onTime;
    t.pausedSince = rs.getObject("paused_since", LocalDate.class);
    t.extended = rs.getBoolean("extended");
    t.escalation = rs.getInt("escalation");
    t.mergedIntoId = (Long) rs.getObject("duplicate_of_id", Long.class);
    t.transferTo = rs.getString("transfer_to");
    t.transferReason = rs.getString("transfer_reason");
    t.ratings = rs.getInt("ratings");
    t.ratingsSatisfied = rs.getInt("ratings_satisfied");
    return t;
  }
}
