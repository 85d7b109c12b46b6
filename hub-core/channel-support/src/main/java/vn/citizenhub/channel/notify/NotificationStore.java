package vn.citizenhub.channel.notify;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/** The channel's table of notifications to deliver. */
@Singleton
class NotificationStore {

  /** A notification due for an attempt. */
  record Due(String id, String payload, int attempts, Instant createdAt) {}

  private final JdbcDatabase database;

  NotificationStore(JdbcDatabase database) {
    this.database = database;
  }

  /** Keeps the notifications; one already kept (Kafka redelivered it) is left as it is. */
  void keep(Channel channel, List<String[]> idAndPayload, Instant now) throws SQLException {
    if (idAndPayload.isEmpty()) {
      return;
    }
    database.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO channel_notification"
          + " (notification_id, channel, payload, state, next_attempt_at, created_at)"
          + " VALUES (?, ?, ?, 'PENDING', ?, ?)")) {
        for (String[] row : idAndPayload) {
          s.setString(1, row[0]);
          s.setString(2, channel.name());
          s.setString(3, row[1]);
          s.setObject(4, UtcTime.column(now));
          s.setObject(5, UtcTime.column(now));
          s.addBatch();
        }
        s.executeBatch();
      }
      return null;
    });
  }

  /**
   * Takes up to {@code limit} due notifications and leases them for {@code lease}: another
   * replica skips them meanwhile, and if this one dies they fall due again.
   */
  List<Due> claim(Channel channel, Instant now, Duration lease, int limit) throws SQLException {
    return claim(channel, now, lease, limit, "next_attempt_at <= ?");
  }

  /**
   * Takes the notice waiting longest for a retry, due or not, as a probe of whether the outside
   * API is back; leased like any other.
   */
  List<Due> claimProbe(Channel channel, Instant now, Duration lease) throws SQLException {
    return claim(channel, now, lease, 1, "awaiting_retry = TRUE AND next_attempt_at > ?");
  }

  private List<Due> claim(Channel channel, Instant now, Duration lease, int limit, String when)
      throws SQLException {
    return database.inTransaction(c -> {
      List<Due> due = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT notification_id, payload, attempts,"
          + " created_at FROM channel_notification WHERE channel = ? AND state = 'PENDING'"
          + " AND " + when + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
        s.setString(1, channel.name());
        s.setObject(2, UtcTime.column(now));
        s.setInt(3, limit);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            due.add(new Due(rs.getString(1), rs.getString(2), rs.getInt(3),
                UtcTime.read(rs, "created_at")));
          }
        }
      }
      if (!due.isEmpty()) {
        try (PreparedStatement s = c.prepareStatement("UPDATE channel_notification"
            + " SET next_attempt_at = ?, awaiting_retry = FALSE WHERE notification_id IN "
            + InClause.of(due.size()))) {
          s.setObject(1, UtcTime.column(now.plus(lease)));
          for (int i = 0; i < due.size(); i++) {
            s.setString(i + 2, due.get(i).id());
          }
          s.executeUpdate();
        }
      }
      return due;
    });
  }

  void finish(String id, String state, String detail, Instant now) throws SQLException {
    update("UPDATE channel_notification SET state = ?, done_at = ?, attempts = attempts + 1,"
        + " last_error = ? WHERE notification_id = ?", state, UtcTime.column(now),
        truncate(detail), id);
  }

  void retryAt(String id, Instant next, String error) throws SQLException {
    update("UPDATE channel_notification SET attempts = attempts + 1, next_attempt_at = ?,"
        + " last_error = ?, awaiting_retry = TRUE WHERE notification_id = ?",
        UtcTime.column(next), truncate(error), id);
  }

  /**
   * Makes every notice of the channel that waits for a retry due now: the outside API is back.
   * Leased notices (being sent) are left alone. Returns how many were brought forward.
   */
  int bringRetriesForward(Channel channel, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE channel_notification"
            + " SET next_attempt_at = ? WHERE channel = ? AND state = 'PENDING'"
            + " AND awaiting_retry = TRUE AND next_attempt_at > ?")) {
      s.setObject(1, UtcTime.column(now));
      s.setString(2, channel.name());
      s.setObject(3, UtcTime.column(now));
      return s.executeUpdate();
    }
  }

  /** How many notifications of this channel wait for delivery (a gauge for operators). */
  long pending(Channel channel) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM channel_notification"
            + " WHERE channel = ? AND state = 'PENDING'")) {
      s.setString(1, channel.name());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 300 ? s : s.substring(0, 300);
  }
}
