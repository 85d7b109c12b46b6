package vn.citizenhub.channel.zalo.outbound;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Replies of the conversation waiting to go out through the OA API. Written in the transaction
 * of the conversation step that decided them; sent, in order per user, by {@link ReplySender}.
 * (Between two replicas, two replies of one user taken in different batches may cross: rare,
 * and only while both replicas send.)
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class ReplyOutbox {

  /** What kind of message a reply is. */
  public enum Kind { TEXT, ASK_PHONE }

  /** A reply due to be sent. */
  public record Due(long id, String oaName, String userId, Kind kind, String text, int attempts,
      Instant createdAt) {}

  private final DataSource pool;

  public ReplyOutbox(JdbcDatabase database) {
    this.pool = database.pool();
  }

  public void add(Connection c, String oaName, String userId, Kind kind, String text,
      Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO zalo_reply (oa_name, user_id,"
        + " kind, text, created_at, state, attempts, next_attempt_at)"
        + " VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?)")) {
      s.setString(1, oaName);
      s.setString(2, userId);
      s.setString(3, kind.name());
      s.setString(4, text);
      s.setObject(5, UtcTime.column(now));
      s.setObject(6, UtcTime.column(now));
      s.executeUpdate();
    }
  }

  /**
   * Claims due replies for {@code lease}, oldest first, in one transaction (one disk flush for
   * the batch). Each claim is conditional, so of two replicas only one takes a row. A user reads
   * replies in the order they were decided: they are created in that order, and a reply that
   * must wait pushes the user's later ones back with it ({@link #retryAt}).
   */
  public List<Due> claim(Instant now, Duration lease, int limit) throws SQLException {
    List<Due> due = new ArrayList<>();
    try (Connection c = pool.getConnection()) {
      // (state, next_attempt_at) is indexed and ends in the id: read in order, stop at the limit.
      try (PreparedStatement s = c.prepareStatement("SELECT id, oa_name, user_id, kind, text,"
          + " attempts, created_at FROM zalo_reply WHERE state = 'PENDING'"
          + " AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)"
          + " ORDER BY next_attempt_at, id LIMIT ?")) {
        s.setObject(1, UtcTime.column(now));
        s.setObject(2, UtcTime.column(now));
        s.setInt(3, limit);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            due.add(new Due(rs.getLong(1), rs.getString(2), rs.getString(3),
                Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6),
                UtcTime.read(rs, "created_at")));
          }
        }
      }
      if (due.isEmpty()) {
        return due;
      }
      List<Due> claimed = new ArrayList<>();
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("UPDATE zalo_reply SET claimed_until = ?"
          + " WHERE id = ? AND state = 'PENDING' AND (claimed_until IS NULL"
          + " OR claimed_until <= ?)")) {
        for (Due d : due) {
          s.setObject(1, UtcTime.column(now.plus(lease)));
          s.setLong(2, d.id());
          s.setObject(3, UtcTime.column(now));
          if (s.executeUpdate() == 1) {
            claimed.add(d); // else another replica took it
          }
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      return claimed;
    }
  }

  /** Accepted by Zalo: marked in one statement, and the texts are not kept. */
  public void sent(List<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE zalo_reply SET state = 'SENT',"
            + " text = '', claimed_until = NULL, last_error = NULL WHERE id IN "
            + InClause.of(ids.size()))) {
      for (int i = 0; i < ids.size(); i++) {
        s.setLong(i + 1, ids.get(i));
      }
      s.executeUpdate();
    }
  }

  /** Sent, or given up: the text (it may hold the citizen's words) is not kept. */
  public void finish(long id, String state, String error) throws SQLException {
    update("UPDATE zalo_reply SET state = ?, text = '', claimed_until = NULL, last_error = ?"
        + " WHERE id = ?", state, trim(error), id);
  }

  /** Waits until {@code next}, and so do the user's later replies: they never overtake it. */
  public void retryAt(Due reply, Instant next, String error) throws SQLException {
    update("UPDATE zalo_reply SET attempts = attempts + 1, next_attempt_at = ?,"
        + " claimed_until = NULL, last_error = ? WHERE id = ?", UtcTime.column(next), trim(error),
        reply.id());
    update("UPDATE zalo_reply SET next_attempt_at = ?, claimed_until = NULL WHERE user_id = ?"
        + " AND state = 'PENDING' AND id > ? AND next_attempt_at < ?", UtcTime.column(next),
        reply.userId(), reply.id(), UtcTime.column(next));
  }

  public long pending() throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT COUNT(*) FROM zalo_reply WHERE state = 'PENDING'");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }

  private static String trim(String s) {
    return s == null ? null : s.length() > 300 ? s.substring(0, 300) : s;
  }
}
