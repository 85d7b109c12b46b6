package vn.citizenhub.channel.app.push;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Which devices a notice already reached ({@code app_push_sent}, channel-app V4), so that a
 * notice tried again after a transient failure skips them: FCM has no idempotency key.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
class PushLedger {

  private static final Logger LOG = LoggerFactory.getLogger(PushLedger.class);
  /** Longer than the 48 hours a notice is retried. */
  static final Duration KEEP = Duration.ofDays(3);

  private final JdbcDatabase database;
  private final Clock clock = Clock.systemUTC();

  PushLedger(JdbcDatabase database) {
    this.database = database;
  }

  Set<Long> reached(String notificationId) throws SQLException {
    Set<Long> devices = new HashSet<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT device_id FROM app_push_sent WHERE notification_id = ?")) {
      s.setString(1, notificationId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          devices.add(rs.getLong(1));
        }
      }
    }
    return devices;
  }

  void sent(String notificationId, long deviceId, Instant at) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO app_push_sent"
            + " (notification_id, device_id, sent_at) VALUES (?, ?, ?)")) {
      s.setString(1, notificationId);
      s.setLong(2, deviceId);
      s.setObject(3, UtcTime.column(at));
      s.executeUpdate();
    }
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "5m")
  void purge() {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "DELETE FROM app_push_sent WHERE sent_at < ? LIMIT 10000")) {
      s.setObject(1, UtcTime.column(clock.instant().minus(KEEP)));
      s.executeUpdate();
    } catch (SQLException e) {
      LOG.warn("Purging old push records failed; trying again in an hour", e);
    }
  }
}
