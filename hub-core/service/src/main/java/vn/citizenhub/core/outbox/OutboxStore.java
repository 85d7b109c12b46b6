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
   * Claims the oldest messages no relay holds, for {@code lease}: rows another relay is claiming
   * right now are skipped, so several hub-core instances share the work without sending a row at
   * the same time; a claim whose relay died expires. Commit the claim before sending.
   */
  List<OutboxMessage> claimOldest(Connection c, int limit, Instant now, Instant leaseEnds)
      throws SQLException {
    List<OutboxMessage> claimed = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT id, topic, message_key, payload FROM outbox_message"
            + " WHERE claimed_until IS NULL OR claimed_until < ? ORDER BY id LIMIT ?"
            + " FOR UPDATE SKIP LOCKED")) {
      s.setObject(1, UtcTime.column(now));
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          claimed.add(new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4)));
        }
      }
    }
    setClaim(c, claimed, leaseEnds);
    return claimed;
  }

  /** Gives a claimed batch back at once (its send failed), so it goes again in order. */
  void release(Connection c, List<OutboxMessage> claimed) throws SQLException {
    setClaim(c, claimed, null);
  }

  private static void setClaim(Connection c, List<OutboxMessage> rows, Instant until)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE outbox_message SET claimed_until = ?"
        + " WHERE id IN " + InClause.of(rows.size()))) {
      s.setObject(1, UtcTime.column(until));
      for (int i = 0; i < rows.size(); i++) {
        s.setLong(i + 2, rows.get(i).id());
      }
      s.executeUpdate();
    }
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
