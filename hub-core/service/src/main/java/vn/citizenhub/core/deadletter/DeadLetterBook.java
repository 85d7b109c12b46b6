package vn.citizenhub.core.deadletter;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/** The table of parked intake records: written by the intake consumer, read and acknowledged by staff. */
@Singleton
public class DeadLetterBook {

  private static final String COLUMNS = "id, received_at, source_topic, source_partition,"
      + " source_offset, envelope_id, tracking_code, channel, reason_code, reason,"
      + " acknowledged_by, acknowledged_at";
  private static final int MAX_LIST = 200;

  private final JdbcDatabase database;

  DeadLetterBook(JdbcDatabase database) {
    this.database = database;
  }

  /** Records a parked record; false when it was parked before (a batch read again). */
  public boolean record(DeadLetter.Parked p) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO intake_dead_letter (received_at,"
            + " source_topic, source_partition, source_offset, envelope_id, tracking_code,"
            + " channel, reason_code, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setObject(1, UtcTime.column(p.receivedAt()));
      s.setString(2, p.sourceTopic());
      s.setInt(3, p.sourcePartition());
      s.setLong(4, p.sourceOffset());
      s.setString(5, p.envelopeId());
      s.setString(6, p.trackingCode());
      s.setString(7, p.channel());
      s.setString(8, p.reasonCode());
      s.setString(9, p.reason());
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (UniqueViolation.is(e)) {
        return false;
      }
      throw e;
    }
  }

  public long unacknowledged() throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT COUNT(*) FROM intake_dead_letter WHERE acknowledged_at IS NULL");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The newest first; only those not yet acknowledged unless {@code all}. */
  public List<DeadLetter> list(boolean all) throws SQLException {
    return query("SELECT " + COLUMNS + " FROM intake_dead_letter"
        + (all ? "" : " WHERE acknowledged_at IS NULL") + " ORDER BY id DESC LIMIT " + MAX_LIST);
  }

  public Optional<DeadLetter> find(long id) throws SQLException {
    return query("SELECT " + COLUMNS + " FROM intake_dead_letter WHERE id = ?", id).stream()
        .findFirst();
  }

  /** The earliest parked report that carried this tracking code, if any. */
  public Optional<DeadLetter> byTrackingCode(String trackingCode) throws SQLException {
    return query("SELECT " + COLUMNS + " FROM intake_dead_letter WHERE tracking_code = ?"
        + " ORDER BY id LIMIT 1", trackingCode).stream().findFirst();
  }

  /** Marks it seen by {@code who}; the first acknowledgement stands. Empty when no such id. */
  public Optional<DeadLetter> acknowledge(long id, String who, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE intake_dead_letter SET"
            + " acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL")) {
      s.setString(1, who);
      s.setObject(2, UtcTime.column(now));
      s.setLong(3, id);
      s.executeUpdate();
    }
    return find(id);
  }

  private List<DeadLetter> query(String sql, Object... args) throws SQLException {
    List<DeadLetter> found = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new DeadLetter(rs.getLong("id"), UtcTime.read(rs, "received_at"),
              rs.getString("source_topic"), rs.getInt("source_partition"),
              rs.getLong("source_offset"), rs.getString("envelope_id"),
              rs.getString("tracking_code"), rs.getString("channel"),
              rs.getString("reason_code"), rs.getString("reason"),
              rs.getString("acknowledged_by"), UtcTime.read(rs, "acknowledged_at")));
        }
      }
    }
    return found;
  }
}
