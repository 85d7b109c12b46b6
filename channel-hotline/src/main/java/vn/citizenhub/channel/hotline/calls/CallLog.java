package vn.citizenhub.channel.hotline.calls;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.citizenhub.channel.hotline.events.PhoneEvent;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * The hotline's call log table. Every change reads the call's row under a lock and writes what
 * {@link CallRecord}'s rules make of it, so two replicas receiving two events of one call at once
 * cannot lose either.
 */
@Singleton
public class CallLog {

  private static final String COLUMNS = "call_id, source, extension, operator, caller_phone,"
      + " started_at, answered_at, ended_at, outcome, outcome_at, ticket_code";

  private final JdbcDatabase database;

  public CallLog(JdbcDatabase database) {
    this.database = database;
  }

  /**
   * Records a phone-system event and applies it to its call, in one transaction; false (and
   * nothing changed) when this event of this call was recorded before.
   */
  public boolean record(PhoneEvent e, Instant receivedAt) throws SQLException {
    return database.inTransaction(c -> {
      if (!insertEvent(c, e, receivedAt)) {
        return false;
      }
      String desk = e.extension() == null ? null : deskOperator(c, e.extension());
      insertIfAbsent(c, CallRecord.announced(e));
      CallRecord call = lock(c, e.callId()).orElseThrow();
      update(c, call.after(e, desk));
      return true;
    });
  }

  /** Starts a call the operator typed. */
  public void start(CallRecord call) throws SQLException {
    database.inTransaction(c -> {
      if (!insertIfAbsent(c, call)) {
        throw new SQLException("call id " + call.callId() + " already taken");
      }
      return null;
    });
  }

  public Optional<CallRecord> find(String callId) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM hotline_call WHERE call_id = ?")) {
      s.setString(1, callId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /** The operator's most recent call still without an outcome, started since {@code since}. */
  public Optional<CallRecord> latestOpen(String operator, Instant since) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM hotline_call"
            + " WHERE operator = ? AND outcome IS NULL AND started_at >= ?"
            + " ORDER BY started_at DESC LIMIT 1")) {
      s.setString(1, operator);
      s.setObject(2, UtcTime.column(since));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /**
   * Changes one call under its row lock: {@code change} sees the current call and answers the
   * next (or throws to refuse, and nothing is written).
   */
  public Optional<CallRecord> change(String callId, UnaryOperator<CallRecord> change)
      throws SQLException {
    return database.inTransaction(c -> {
      Optional<CallRecord> current = lock(c, callId);
      if (current.isEmpty()) {
        return Optional.empty();
      }
      CallRecord next = change.apply(current.get());
      if (!next.equals(current.get())) {
        update(c, next);
      }
      return Optional.of(next);
    });
  }

  /** The extension's operator, as claimed from the console. */
  static String deskOperator(Connection c, String extension) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT operator FROM hotline_desk WHERE extension = ?")) {
      s.setString(1, extension);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static boolean insertEvent(Connection c, PhoneEvent e, Instant receivedAt)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO hotline_call_event (call_id, type,"
        + " extension, caller_phone, occurred_at, received_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, e.callId());
      s.setString(2, e.type().name());
      s.setString(3, e.extension());
      s.setString(4, e.callerPhone());
      s.setObject(5, UtcTime.column(e.occurredAt()));
      s.setObject(6, UtcTime.column(receivedAt));
      s.executeUpdate();
      return true;
    } catch (SQLException ex) {
      if (UniqueViolation.is(ex)) {
        return false;
      }
      throw ex;
    }
  }

  private static boolean insertIfAbsent(Connection c, CallRecord call) throws SQLException {
    LocalDateTime local = call.localStart();
    try (PreparedStatement s = c.prepareStatement("INSERT INTO hotline_call (" + COLUMNS
        + ", handling_seconds, local_day, local_hour)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = bind(s, call);
      s.setObject(i++, local.toLocalDate());
      s.setInt(i, local.getHour());
      s.executeUpdate();
      return true;
    } catch (SQLException ex) {
      if (UniqueViolation.is(ex)) {
        return false; // another event of the same call made it first
      }
      throw ex;
    }
  }

  private static void update(Connection c, CallRecord call) throws SQLException {
    LocalDateTime local = call.localStart();
    try (PreparedStatement s = c.prepareStatement("UPDATE hotline_call SET call_id = ?,"
        + " source = ?, extension = ?, operator = ?, caller_phone = ?, started_at = ?,"
        + " answered_at = ?, ended_at = ?, outcome = ?, outcome_at = ?, ticket_code = ?,"
        + " handling_seconds = ?, local_day = ?, local_hour = ? WHERE call_id = ?")) {
      int i = bind(s, call);
      s.setObject(i++, local.toLocalDate());
      s.setInt(i++, local.getHour());
      s.setString(i, call.callId());
      s.executeUpdate();
    }
  }

  /** Binds the record's columns and the handling time; answers the next parameter index. */
  private static int bind(PreparedStatement s, CallRecord call) throws SQLException {
    int i = 1;
    s.setString(i++, call.callId());
    s.setString(i++, call.source().name());
    s.setString(i++, call.extension());
    s.setString(i++, call.operator());
    s.setString(i++, call.callerPhone());
    s.setObject(i++, UtcTime.column(call.startedAt()));
    s.setObject(i++, UtcTime.column(call.answeredAt()));
    s.setObject(i++, UtcTime.column(call.endedAt()));
    s.setString(i++, call.outcome() == null ? null : call.outcome().name());
    s.setObject(i++, UtcTime.column(call.outcomeAt()));
    s.setString(i++, call.ticketCode());
    Integer seconds = call.handlingSeconds();
    if (seconds == null) {
      s.setNull(i++, Types.INTEGER);
    } else {
      s.setInt(i++, seconds);
    }
    return i;
  }

  private static Optional<CallRecord> lock(Connection c, String callId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM hotline_call WHERE call_id = ? FOR UPDATE")) {
      s.setString(1, callId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static CallRecord read(ResultSet rs) throws SQLException {
    String outcome = rs.getString("outcome");
    return new CallRecord(rs.getString("call_id"),
        CallRecord.Source.valueOf(rs.getString("source")), rs.getString("extension"),
        rs.getString("operator"), rs.getString("caller_phone"), UtcTime.read(rs, "started_at"),
        UtcTime.read(rs, "answered_at"), UtcTime.read(rs, "ended_at"),
        outcome == null ? null : Outcome.valueOf(outcome), UtcTime.read(rs, "outcome_at"),
        rs.getString("ticket_code"));
  }
}
