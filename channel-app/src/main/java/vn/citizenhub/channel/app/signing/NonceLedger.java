package vn.citizenhub.channel.app.signing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * The nonces of signed requests within the timestamp window, in the database so that every
 * replica refuses a replay: the unique key on (app, nonce) decides, race-safely. Older rows are
 * purged; a request that old is refused by its timestamp before its nonce is looked at.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class NonceLedger {

  private static final Logger LOG = LoggerFactory.getLogger(NonceLedger.class);

  private final JdbcDatabase database;
  private final SigningSettings settings;
  private final Clock clock = Clock.systemUTC();

  NonceLedger(JdbcDatabase database, SigningSettings settings) {
    this.database = database;
    this.settings = settings;
  }

  /** True the first time this app uses this nonce; false on a replay. */
  public boolean firstUse(String appId, String nonce) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "INSERT INTO app_request_nonce (app_id, nonce, seen_at) VALUES (?, ?, ?)")) {
      s.setString(1, appId);
      s.setString(2, nonce);
      s.setObject(3, UtcTime.column(clock.instant()));
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (UniqueViolation.is(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Forgets nonces older than twice the window (a timestamp may be a window ahead). */
  @Scheduled(fixedDelay = "1m", initialDelay = "1m")
  void purge() {
    Instant before = clock.instant().minus(settings.getWindow().multipliedBy(2));
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "DELETE FROM app_request_nonce WHERE seen_at < ? LIMIT 10000")) {
      s.setObject(1, UtcTime.column(before));
      int gone = s.executeUpdate();
      if (gone > 0) {
        LOG.debug("Purged {} expired request nonces", gone);
      }
    } catch (SQLException e) {
      LOG.warn("Request nonces not purged this time ({})", e.getClass().getSimpleName());
    }
  }
}
