package vn.citizenhub.channel.zalo.webhook;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * The webhook's durable hand-off: one committed row per event before Zalo hears 200. A retried
 * event (same key) is recognised by the unique key and stored once. Whoever processes events is
 * woken at once through {@link #arrivals()}; a poll finds what another replica stored.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
public class Inbox {

  /** What became of a stored event. */
  public enum Stored { NEW, DUPLICATE }

  private static final String INSERT = "INSERT INTO zalo_inbox (oa_name, dedupe_key, event_name,"
      + " user_id, body, received_at, state, attempts, next_attempt_at)"
      + " VALUES (?, ?, ?, ?, ?, ?, 'NEW', 0, ?)";

  private final DataSource pool;
  private final Clock clock = Clock.systemUTC();
  private final LinkedBlockingQueue<Long> arrivals = new LinkedBlockingQueue<>(10_000);

  public Inbox(JdbcDatabase database) {
    this.pool = database.pool();
  }

  public Stored store(String oaName, ZaloEvent event, byte[] body) throws SQLException {
    Instant now = clock.instant();
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(INSERT, new String[] {"id"})) {
      s.setString(1, oaName);
      s.setString(2, event.dedupeKey());
      s.setString(3, event.eventName());
      s.setString(4, event.userId());
      s.setString(5, new String(body, StandardCharsets.UTF_8));
      s.setObject(6, UtcTime.column(now));
      s.setObject(7, UtcTime.column(now));
      s.executeUpdate();
      try (var keys = s.getGeneratedKeys()) {
        if (keys.next()) {
          arrivals.offer(keys.getLong(1)); // a full queue only delays it until the next poll
        }
      }
      return Stored.NEW;
    } catch (SQLException e) {
      if (UniqueViolation.is(e)) {
        return Stored.DUPLICATE;
      }
      throw e;
    }
  }

  /** Ids of events stored by this process, for the processor to take at once. */
  public LinkedBlockingQueue<Long> arrivals() {
    return arrivals;
  }
}
