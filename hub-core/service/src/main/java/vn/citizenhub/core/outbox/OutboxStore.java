package vn.citizenhub.core.outbox;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.UtcTime;

/** The outbox table: written in the same transaction as the change it announces. */
@Singleton
public class OutboxStore {

  public void append(Connection c, List<OutboxMessage> messages, Instant now) throws SQLException {
    if (messages.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO outbox_message (topic, message_key, payload, created_at) VALUES (?, ?, ?, ?)")) {
      for (OutboxMessage m : messages) {
        s.setString(1, m.topic());
        s.setString(2, m.key());
        s.setString(3, m.payload());
        s.setObject(4, UtcTime.column(now));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Locks the oldest waiting messages for this relay; rows another relay holds are skipped, so
   * several hub-core instances share the work without sending a row at the same time.
   */
  List<OutboxMessage> claimOldest(Connection c, int limit) throws SQLException {
    List<OutboxMessage> claimed = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT id, topic, message_key, payload FROM outbox_message ORDER BY id LIMIT ?"
            + " FOR UPDATE SKIP LOCKED")) {
      s.setInt(1, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          claimed.add(new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4)));
        }
      }
    }
    return claimed;
  }

  void delete(Connection c, List<OutboxMessage> sent) throws SQLException {
    if (sent.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "DELETE FROM outbox_message WHERE id IN " + InClause.of(sent.size()))) {
      for (int i = 0; i < sent.size(); i++) {
        s.setLong(i + 1, sent.get(i).id());
      }
      s.executeUpdate();
    }
  }

  /** How many messages wait for the relay, for health and metrics. */
  public long backlog(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM outbox_message");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
