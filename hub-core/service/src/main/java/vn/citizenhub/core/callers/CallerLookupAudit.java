package vn.citizenhub.core.callers;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Records every caller look-up, allowed or refused, in {@code caller_lookup}: the staff member,
 * the time, the number's SHA-256 (never the number), the verdict and how many tickets were shown.
 */
@Singleton
class CallerLookupAudit {

  private final JdbcDatabase database;

  CallerLookupAudit(JdbcDatabase database) {
    this.database = database;
  }

  void record(long staffId, String phone, boolean allowed, int tickets, Instant at)
      throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO caller_lookup (staff_id,"
            + " phone_hash, allowed, tickets, looked_at) VALUES (?, ?, ?, ?, ?)")) {
      s.setLong(1, staffId);
      s.setString(2, hash(phone));
      s.setBoolean(3, allowed);
      s.setInt(4, tickets);
      s.setObject(5, UtcTime.column(at));
      s.executeUpdate();
    }
  }

  /** SHA-256 of the normalised number (+84…), in hex. */
  static String hash(String phone) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(phone.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
