package vn.citizenhub.channel.hotline.calls;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.channel.staff.CallerLines;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Answers from the call log whether a number is on an operator's line: one of their calls (at
 * their desk, or typed by them) from that number, still going, or ended within the caller look-up
 * window. hub-core asks before it shows a caller's history to an operator: in one JVM through this
 * bean, otherwise through {@code POST /api/hotline/lines/check}.
 */
@Singleton
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
public class CallerOnLine implements CallerLines {

  /** A call never ended (the phone system's "ended" lost) counts for at most this long. */
  static final Duration LONGEST_CALL = Duration.ofHours(12);

  private final JdbcDatabase database;
  private final Duration window;
  private final Clock clock = Clock.systemUTC();

  CallerOnLine(JdbcDatabase database, HotlineSettings settings) {
    this.database = database;
    this.window = settings.getCallerLookupWindow();
  }

  @Override
  public boolean isOnLine(String operator, String phone, String token) throws SQLException {
    if (operator == null || phone == null) {
      return false;
    }
    Instant now = clock.instant();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM hotline_call"
            + " WHERE caller_phone = ? AND operator = ? AND started_at >= ?"
            + " AND ((ended_at IS NULL AND outcome_at IS NULL)"
            + " OR COALESCE(ended_at, outcome_at) >= ?)")) {
      s.setString(1, phone);
      s.setString(2, operator);
      s.setObject(3, UtcTime.column(now.minus(LONGEST_CALL)));
      s.setObject(4, UtcTime.column(now.minus(window)));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }
}
